import { z } from 'zod';

/**
 * Small building blocks shared by the listing and vocabulary schemas. Each one carries the rule a provider
 * would otherwise learn the hard way, with the message they will read when they break it.
 */

/** Stable ids: lower-case words joined by hyphens, e.g. `autism-support-group`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, numbers and hyphens only, for example "stay-and-play"');

// Raw HTML never reaches the page: a tag in a text field is a mistake or an attack, so we refuse it.
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>/i;
const SCRIPT_URL = /\b(?:javascript|vbscript|data)\s*:/i;

/** Plain text on one line: names, summaries, labels. */
export const plainLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'This cannot be empty')
    .max(max, `Keep this to ${max} characters or fewer`)
    .refine((s) => !/[\r\n]/.test(s), 'Keep this on one line')
    .refine((s) => !HTML_TAG.test(s), 'Remove the HTML tags: write plain text')
    .refine((s) => !SCRIPT_URL.test(s), 'Remove the "javascript:" or "data:" text: it is not allowed');

/** Longer text: plain English with Markdown for lists, emphasis and links. No raw HTML. */
export const markdownText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'This cannot be empty')
    .max(max, `Keep this to ${max} characters or fewer (it has more): split it or cut it down`)
    .refine((s) => !HTML_TAG.test(s), 'Remove the HTML tags: use plain text, or Markdown for lists and links')
    .refine(
      (s) => [...s.matchAll(/\]\(\s*<?([^)\s>]+)/g)].every((m) => /^(https?:|mailto:|tel:)/i.test(m[1] ?? '')),
      'Links in the text must start with https://, http://, mailto: or tel:',
    )
    .refine((s) => !SCRIPT_URL.test(s), 'Remove the "javascript:" or "data:" text: it is not allowed');

/** A web address people can open: http or https only. */
export const webUrl = z
  .string()
  .trim()
  .max(500, 'Keep web addresses to 500 characters or fewer')
  .refine((s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), 'Give a full web address starting with https://, for example https://example.org/our-service');

export const email = z
  .string()
  .trim()
  .max(254, 'This email address is too long')
  .regex(/^[^\s@<>()",;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, 'Give an email address like name@example.org');

/**
 * A UK phone number as people dial it: 10 or 11 digits starting with 0 (spaces allowed),
 * or +44 followed by the number without its first 0.
 */
export const phone = z
  .string()
  .trim()
  .refine((s) => {
    if (!/^[+0-9 ()-]+$/.test(s)) return false;
    const digits = s.replace(/\D/g, '');
    if (s.startsWith('+44')) return digits.length === 12 && !digits.startsWith('440');
    return /^0/.test(digits) && (digits.length === 10 || digits.length === 11 || /^0(800|808)\d{6,7}$/.test(digits));
  }, 'Give a UK phone number like 0114 496 0123 (10 or 11 digits starting with 0) or +44 114 496 0123');

/** A calendar date written as YYYY-MM-DD that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, for example 2026-09-30')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'This date does not exist: check the day and month');

/** 24-hour clock time, e.g. 09:30. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write times on the 24-hour clock as HH:MM, for example 09:30 or 17:00');

/** A full UK postcode, any case and spacing (normalised elsewhere), e.g. DN4 0TY. */
export const postcode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, 'Give a full postcode, for example DN4 0TY');

/** Ages in years; decimals allowed so 6 months is 0.5. */
export const ageYears = z
  .number({ error: 'Give the age as a number of years, for example 5 or 0.5 for six months' })
  .min(0, 'Ages cannot be below 0')
  .max(25, 'Ages above 25 are outside what this directory covers');
