import { reviewOf } from '../lib/review.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { ACCESS_ROUTES, DELIVERY, type Council, type ListingInput } from '../schema/index.ts';
import type { NeedsMapping } from './needs-mapping.ts';
import { plainLine } from './text.ts';

/** What an editor must check or fix, grouped by kind for the import report. */
export type NoteKind =
  | 'area'
  | 'venue'
  | 'needs'
  | 'contact'
  | 'delivery'
  | 'cost'
  | 'date'
  | 'ages'
  | 'unmapped'
  | 'status'
  | 'organisation'
  | 'description'
  | 'schedule'
  | 'language'
  | 'access'
  | 'level'
  | 'summary'
  | 'validator';
export interface Note {
  kind: NoteKind;
  message: string;
  /** True when the listing would not pass the validator, or must not be published, as it stands. */
  blocking: boolean;
}
export type NoteFn = (kind: NoteKind, message: string, blocking?: boolean) => void;

const DELIVERY_WORDS: [RegExp, (typeof DELIVERY)[number]][] = [
  [/\b(?:venue|in[- ]person|face[- ]to[- ]face|drop[- ]?in|home visit|outreach|centre|community|group|site)\b/i, 'in-person'],
  [/\b(?:phone|telephone|helpline|call|text|sms)\b/i, 'phone'],
  [/\b(?:online|web|website|internet|virtual|video|zoom|teams|email|app|digital|remote)\b/i, 'online'],
];

/** attending_type / deliverable_type words as our delivery codes; words that say nothing are returned too. */
export function deliveryFrom(words: string[]): { delivery: (typeof DELIVERY)[number][]; other: string[] } {
  const delivery = new Set<(typeof DELIVERY)[number]>();
  const other: string[] = [];
  for (const w of words) {
    const hits = DELIVERY_WORDS.filter(([re]) => re.test(w)).map(([, d]) => d);
    hits.forEach((d) => delivery.add(d));
    if (hits.length === 0) other.push(w);
  }
  return { delivery: DELIVERY.filter((d) => delivery.has(d)), other };
}

const ACCESS_WORDS: [RegExp, (typeof ACCESS_ROUTES)[number]][] = [
  [/\bdrop[- ]?in\b/i, 'drop-in'],
  [/\b(?:professional|referral|referred|gp|social worker)\b/i, 'professional-referral'],
  [/\b(?:appointment|booking|book|bookable)\b/i, 'booking'],
  [/\bself[- ]?referral|\bcontact (?:us|the service)|\bjust call\b/i, 'self-referral'],
];

export function accessFrom(words: string[]): (typeof ACCESS_ROUTES)[number][] {
  const found = new Set<(typeof ACCESS_ROUTES)[number]>();
  for (const w of words) for (const [re, r] of ACCESS_WORDS) if (re.test(w)) found.add(r);
  return ACCESS_ROUTES.filter((r) => found.has(r));
}

const PRICE = /£\s?\d+(?:[.,]\d{2})?|\b\d+(?:\.\d{2})?\s?(?:pounds|pence|p)\s+(?:per|a|an|each)\b/i;

const NOT_A_CHARGE =
  /\b(?:grants?|worth|save|saving|win|raise[ds]?|fund(?:ing|s)?|awards?|bursar(?:y|ies)|vouchers?|payments? to|paid to you|receive|get|claim|up to)\b[^.]*$/i;

/**
 * A price quoted in the fees or the description: the sentence around it, for a cost option the editor checks.
 * "Free" services that quote a price (a trip, a deposit) still make the editor look.
 */
export function quotedPrice(texts: (string | undefined)[]): string | undefined {
  for (const t of texts) {
    if (!t) continue;
    const flat = t.replace(/\s+/g, ' ');
    const m = PRICE.exec(flat);
    // "A grant of up to £300", "save £50": money families receive, not a charge.
    if (!m || NOT_A_CHARGE.test(flat.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = Math.max(0, flat.lastIndexOf('.', m.index) + 1, m.index - 100);
    const endDot = flat.indexOf('.', m.index + m[0].length);
    const end = Math.min(endDot < 0 ? flat.length : endDot + 1, m.index + 120);
    return plainLine(flat.slice(start, end), 200);
  }
  return undefined;
}

/** Dates as feeds write them: 2024-05-01, 2024-05-01T10:00:00Z, 01/05/2024. Nothing else is guessed. */
export function isoDateFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const t = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  let iso: string | undefined;
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** The feed's assured date as it stands, or a blocking note: an invented date would look freshest of all. */
export function assuredFrom(raw: string | undefined, council: Council, today: string, note: NoteFn): { date?: string; lapsed: boolean } {
  const date = isoDateFrom(raw);
  if (!date) {
    note(
      'date',
      `The feed gives no assured date${raw ? ` we can read ("${plainLine(raw, 40)}")` : ''}: check the listing with the provider and put the day you did under assured_date.`,
      true,
    );
    return { lapsed: false };
  }
  if (date > today) {
    note('date', `The feed's assured date ${date} is in the future: check the listing with the provider and put the day you did.`, true);
    return { lapsed: false };
  }
  const review = reviewOf(date, council.review.default_interval_months, council.review.grace_period_days, today);
  if (review.state === 'lapsed')
    note(
      'date',
      `The feed last assured this on ${date}, so it would be lapsed on arrival (not in search): check it with the provider and update assured_date.`,
    );
  else if (review.state === 'overdue')
    note('date', `The feed last assured this on ${date}, so it is already due for review: check it with the provider.`);
  return { date, lapsed: review.state === 'lapsed' };
}

/**
 * Needs for the feed's category and audience terms through the feed's mapping file. Terms the file maps to
 * no need are listed; suggestions nobody has reviewed are named so the editor checks them.
 */
export function needsFromMapping(terms: string[], mapping: NeedsMapping | undefined, vocab: Vocabularies, note: NoteFn): string[] {
  const needs: string[] = [];
  const unreviewed: string[] = [];
  const none: string[] = [];
  for (const t of terms) {
    const m = mapping?.get(t);
    if (!m || m.needs.length === 0) none.push(t);
    else {
      needs.push(...m.needs.filter((n) => vocab.needs.some((v) => v.id === n)));
      if (!m.reviewed) unreviewed.push(t);
    }
  }
  if (unreviewed.length)
    note('needs', `The needs for ${list(unreviewed)} are suggestions in the feed's needs mapping file that nobody has reviewed yet: check them.`);
  if (none.length) note('needs', `These terms of the feed match no need: ${list(none)}. Map them in the feed's needs mapping file if they should.`);
  return needs;
}

const list = (xs: string[]) => {
  const u = [...new Set(xs)].map((x) => `"${x}"`);
  return u.length > 6 ? `${u.slice(0, 6).join(', ')} and ${u.length - 6} more` : u.join(', ');
};

export type Ages = Pick<ListingInput, 'minimum_age' | 'maximum_age'>;
