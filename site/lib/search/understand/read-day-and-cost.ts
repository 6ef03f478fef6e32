/**
 * When and what it costs, read out of a search's words: a day to be open on ("this saturday", "on tues", "this
 * weekend") and "free". The words read are marked consumed, as ages are (read-age.ts), so they become filters the
 * page shows with an undo, not words to match. Pure.
 */
import { DAYS as WEEKDAYS } from '../../../../content/schema/values.ts';
import type { DayChoice } from '../query.ts';
import type { Reading } from './read-age.ts';

/** After "free", these make it part of a name, not a price: "free school meals", "free childcare" (funded hours). */
const FREE_AS_NAME_NEXT = new Set([
  'school',
  'childcare',
  'nursery',
  'hours',
  'meals',
  'from',
  'early',
  'prescriptions',
  'prescription',
  'dental',
  'period',
  'uniform',
  'bus',
  'travel',
  'funded',
  'places',
  'place',
  'sanitary',
]);
const FREE_AS_NAME_BEFORE = new Set(['smoke', 'drug', 'alcohol', 'debt', 'nut', 'gluten', 'sugar', 'hands', 'feel', 'duty']);

/**
 * After "weekend" these make it something else than a time to go out: a Saturday job, a dad who has the children
 * at weekends, a weekend away from them.
 */
const WEEKEND_AS_NAME_NEXT = new Set([
  'job',
  'jobs',
  'work',
  'shift',
  'shifts',
  'dad',
  'dads',
  'mum',
  'mums',
  'parent',
  'contact',
  'visits',
  'away',
  'break',
]);

export function readDay(ws: string[], r: Reading): { day: DayChoice; phrase: string } | undefined {
  const lead = ['this', 'on', 'next', 'every'];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // "this weekend", "at the weekend", "weekends": Saturday or Sunday, with the little words before it.
    if ((w === 'weekend' || w === 'weekends' || w === 'wkend' || w === 'wknd') && !WEEKEND_AS_NAME_NEXT.has(ws[i + 1] ?? '')) {
      let from = i;
      if (ws[from - 1] === 'the' || ws[from - 1] === 'a') from--;
      if (['this', 'on', 'next', 'every', 'at', 'over', 'for'].includes(ws[from - 1] ?? '')) from--;
      for (let k = from; k <= i; k++) r.consumed.add(k);
      return { day: 'weekend', phrase: ws.slice(from, i + 1).join(' ') };
    }
    // Full names always ("saturday", "saturdays"); short forms only after "on", "this"... ("on sat"): alone,
    // "wed" is "we'd" and "sun" is the sun.
    const full = WEEKDAYS.find((d) => w === d || w === `${d}s`);
    const short = lead.includes(ws[i - 1] ?? '') ? WEEKDAYS.find((d) => w.length >= 3 && d.startsWith(w.replace(/s$/, ''))) : undefined;
    const day = full ?? short;
    if (!day) continue;
    const from = lead.includes(ws[i - 1] ?? '') || ws[i - 1] === 'a' ? i - 1 : i;
    for (let k = from; k <= i; k++) r.consumed.add(k);
    return { day, phrase: ws.slice(from, i + 1).join(' ') };
  }
  return undefined;
}

export function readFree(ws: string[], r: Reading): { phrase: string } | undefined {
  for (let i = 0; i < ws.length; i++) {
    // "free" or "no cost"; "cheap" is not "free", so it stays a word and sets nothing.
    if (ws[i] !== 'free' && !(ws[i] === 'no' && ws[i + 1] === 'cost')) continue;
    if (ws[i] === 'free' && (FREE_AS_NAME_NEXT.has(ws[i + 1] ?? '') || FREE_AS_NAME_BEFORE.has(ws[i - 1] ?? ''))) continue;
    const to = ws[i] === 'no' ? i + 1 : i;
    for (let k = i; k <= to; k++) r.consumed.add(k);
    return { phrase: ws.slice(i, to + 1).join(' ') };
  }
  return undefined;
}
