import { z } from 'zod';
import { plainLine } from './primitives.ts';

/** One price. Follows HSDS 3.0 `cost_option` (option, amount, amount_description); currency is always GBP. */
export const costOptionSchema = z
  .object({
    option: plainLine(80).optional().describe('What the price is for, for example "Per session" or "Full course".'),
    amount: z.number().min(0, 'A price cannot be negative').max(10000).optional().describe('The price in pounds, for example 3.5 for £3.50.'),
    amount_description: plainLine(200).describe(
      'The price in words, with any discounts, for example "£3.50 a session, free for families on benefits".',
    ),
  })
  .strict();

export const COSTS = ['free', 'paid'] as const;
export type CostOption = z.infer<typeof costOptionSchema>;
