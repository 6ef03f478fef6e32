import { z } from 'zod';
import { email, phone, plainLine } from './primitives.ts';

/** A named person or team families can contact. Follows HSDS 3.0 `contact` with its phone inlined. */
export const contactSchema = z
  .object({
    name: plainLine(80).optional().describe('The person or team to ask for, for example "Family Hub reception".'),
    title: plainLine(80).optional().describe('Their role, for example "Parenting Coordinator".'),
    phone: phone.optional().describe('A phone number families can call, for example 0114 496 0123.'),
    email: email.optional().describe('An email address families can write to, for example hello@example.org.'),
  })
  .strict()
  .refine((c) => c.phone !== undefined || c.email !== undefined, {
    message: 'Give this contact a phone number or an email address (or both)',
  });

export type Contact = z.infer<typeof contactSchema>;
