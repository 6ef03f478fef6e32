import { z } from 'zod';
import { clockTime, plainLine } from './primitives.ts';

import { DAYS } from './values.ts';

export const daySchema = z.enum(DAYS, { error: `Use day names in lower case: ${DAYS.join(', ')}` });

/** Opening times. Field names follow HSDS 3.0 `schedule` (opens_at, closes_at, description). */
export const scheduleSchema = z
  .object({
    days: z
      .array(daySchema)
      .min(1, 'Say which days, for example [monday, wednesday]')
      .describe('The days these times apply to, for example [monday, wednesday].'),
    opens_at: clockTime.describe('When it opens, on the 24-hour clock, for example 09:30.'),
    closes_at: clockTime.describe('When it closes, on the 24-hour clock, for example 11:30.'),
    description: plainLine(120).optional().describe('Anything else about these times, for example "Term time only" or "First Tuesday of the month".'),
  })
  .strict()
  .refine((s) => s.opens_at < s.closes_at, { message: 'The closing time must be after the opening time', path: ['closes_at'] });

export type Schedule = z.infer<typeof scheduleSchema>;
