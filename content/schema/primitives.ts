import { z } from 'zod';
import { EMAIL_ADDRESS } from './email-address.ts';
import { findHiddenCharacter, type HiddenOptions } from './hidden-characters.ts';

export { EMAIL_ADDRESS, isEmailAddress } from './email-address.ts';

/**
 * Small building blocks shared by the listing and vocabulary schemas. Each one carries the rule a provider
 * would otherwise learn the hard way, with the message they will read when they break it.
 */

/** Stable ids: lower-case words joined by hyphens, e.g. `autism-support-group`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, numbers and hyphens only, for example "stay-and-play"');

// Raw HTML never reaches the page: a tag in a text field is a mistake or an attack, so we refuse it.
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>/i;
// Dangerous tags refused even when the closing ">" is missing, and HTML written as entities (&lt;b&gt;).
const HTML_OPENING = /<\s*\/?\s*(?:script|iframe|object|embed|style|svg|img|link|meta|form|input|base)\b/i;
// Anything else that starts like a tag (<details, </x, <!--, <?xml), closed or not: a browser, a Markdown
// renderer or a feed consumer may read it as one. "<" before a digit or a space ("< 5 years") stays allowed.
// "<!", "<?" and "</" start a comment or declaration in HTML whatever follows, so they count too.
const HTML_LIKE = /<(?:\/?[a-z][a-z0-9:-]*|[!?/])/i;
// Markdown images: the site never shows them, and a remote image is a tracking pixel.
const MD_IMAGE = /!\[[^\]\n]*\]\s*[([]/;
const HTML_ENTITY_TAG = /&(?:lt|#0*60|#x0*3c);\s*\/?\s*[a-z!]/i;
// Script addresses. "data:" alone is ordinary English ("Your data: …"), so only a data address with a type counts.
const SCRIPT_URL = /\b(?:javascript|vbscript|livescript)\s*:|\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+\s*[;,]/i;
// Markdown links: [text](address) and reference definitions "[1]: address".
// The whole address up to ")", spaces and tabs included: "java<TAB>script:" is still a script address to a browser.
// One level of brackets inside is kept, so "javascript:alert(1)" is quoted whole.
const MD_INLINE_LINK = /\]\(\s*<?((?:[^()>]|\([^()]*\))*)/g;
const MD_REFERENCE_LINK = /^ {0,3}\[[^\]\n]+\]:\s*<?(\S*?)>?(?:\s|$)/gm;
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;

/** Refuse HTML and script in any text a provider writes; name what was found so they can find it. */
function refuseHtmlAndScript(s: string, ctx: z.RefinementCtx, markdown: boolean) {
  const how = markdown ? 'use plain text, or Markdown for lists and links' : 'write plain text';
  // An address in < > (a Markdown autolink, or an email copied from a mail program) is not HTML, but reads as it.
  const address = /<((?:https?:|mailto:|[^\s<>@]+@)[^\s<>]*)>?/i.exec(s);
  const tag = address ? undefined : (HTML_TAG.exec(s)?.[0] ?? HTML_OPENING.exec(s)?.[0] ?? HTML_ENTITY_TAG.exec(s)?.[0]);
  const like = address || tag !== undefined ? null : HTML_LIKE.exec(s);
  if (address) {
    ctx.addIssue({
      code: 'custom',
      message: `Write "${clip(address[1]!, 80)}" without the < and > around it: text in < > looks like HTML, which is not allowed in listings.`,
    });
  } else if (tag !== undefined) {
    ctx.addIssue({ code: 'custom', message: `Remove the HTML "${clip(tag)}": ${how}. HTML is not allowed in listings.` });
  } else if (like) {
    const rest = s.slice(like.index, like.index + 60).split(/[\s>]/)[0]!;
    ctx.addIssue({
      code: 'custom',
      message: `Remove "${clip(rest)}": it looks like an HTML tag, which is not allowed in listings. Instead, ${how}; to say "less than", use words.`,
    });
  }
  // Links are checked whole by refuseUnsafeLinks; here, script addresses anywhere else in the text.
  const script = SCRIPT_URL.exec(compact(markdown ? s.replace(MD_INLINE_LINK, '](') : s))?.[0];
  if (script !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `Remove "${clip(script)}": script and data addresses are not allowed. Link to a web page starting with https:// instead.`,
    });
  }
}

// Browsers drop tabs, line breaks and invisible characters from addresses: "java\tscript:" is "javascript:".
const compact = (s: string) => s.replace(/[\t\n\r\p{Cc}\p{Cf}]/gu, '');

function refuseUnsafeLinks(s: string, ctx: z.RefinementCtx) {
  for (const m of [...s.matchAll(MD_INLINE_LINK), ...s.matchAll(MD_REFERENCE_LINK)]) {
    const target = (m[1] ?? '').trim();
    if (SCRIPT_URL.test(compact(target))) {
      ctx.addIssue({
        code: 'custom',
        message: `The link "${clip(target, 80)}" is a script address, not a web page. Remove it, or link to a page starting with https://, for example [our timetable](https://example.org/timetable).`,
      });
    } else if (!SAFE_LINK.test(target) || /\s/.test(target)) {
      ctx.addIssue({
        code: 'custom',
        message:
          /\s/.test(target) && SAFE_LINK.test(target)
            ? `The link "${clip(target, 80)}" has a space in it. Web addresses have no spaces: check it, or write %20 for a space that must be there.`
            : `The link "${clip(target) || '(empty)'}" must start with https://, http://, mailto: or tel:, for example [our timetable](https://example.org/timetable).`,
      });
    }
  }
}

function refuseImages(s: string, ctx: z.RefinementCtx) {
  const image = MD_IMAGE.exec(s);
  if (image) {
    ctx.addIssue({
      code: 'custom',
      message: `Images cannot be shown in listings: remove "${clip(s.slice(image.index, image.index + 100).split(/\)/)[0]!, 80)})", or turn it into a link by deleting the "!" before the [, for example [our poster](https://example.org/poster.pdf).`,
    });
  }
}

/** Control characters, bidirectional overrides and invisible characters (see hidden-characters.ts). */
function refuseHiddenCharacters(s: string, ctx: z.RefinementCtx, options: HiddenOptions = {}) {
  const hidden = findHiddenCharacter(s, options);
  if (hidden === undefined) return;
  const before = s.slice(Math.max(0, hidden.index - 20), hidden.index);
  const where = before.trim() === '' ? 'at the start' : `after "${before}"`;
  ctx.addIssue({
    code: 'custom',
    message: `There is a hidden character (${hidden.label}) ${where}. Hidden characters can make text read differently from what is shown: delete it, or retype the text rather than pasting it.`,
  });
}

const tooLong = (max: number, input: unknown) =>
  `Keep this to ${max} characters or fewer${typeof input === 'string' ? ` (it has ${input.length.toLocaleString('en-GB')})` : ''}.`;
const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** Plain text on one line: names, summaries, labels. */
export const plainLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'This cannot be empty')
    .max(max, { error: (iss) => tooLong(max, iss.input) })
    .refine((s) => !/[\r\n]/.test(s), 'Keep this on one line')
    .superRefine((s, ctx) => {
      // As for Markdown text: a text over the limit has its error, and 90 KB of "<a" would take the tag check seconds.
      if (s.length > max) return;
      refuseHiddenCharacters(s, ctx, { allowLineBreaks: true });
      refuseHtmlAndScript(s, ctx, false);
    });

/** Longer text: plain English with Markdown for lists, emphasis and links. No raw HTML. */
export const markdownText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'This cannot be empty')
    .max(max, { error: (iss) => `${tooLong(max, iss.input)} Cut it down, or split the service into separate listings.` })
    .superRefine((s, ctx) => {
      // Checking a text far over the limit would only repeat the length error, and costs time.
      if (s.length > max) return;
      refuseHiddenCharacters(s, ctx, { allowLineBreaks: true, allowTabs: true });
      refuseHtmlAndScript(s, ctx, true);
      refuseImages(s, ctx);
      refuseUnsafeLinks(s, ctx);
    });

/** A web address people can open: http or https only. */
export const webUrl = z
  .string()
  .trim()
  .max(500, 'Keep web addresses to 500 characters or fewer')
  .refine(
    (s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s),
    'Give a full web address starting with https://, for example https://example.org/our-service',
  )
  .superRefine((s, ctx) => refuseHiddenCharacters(s, ctx))
  // For the generated JSON Schema and field table: what editors show and check as the provider types.
  .meta({ format: 'uri', examples: ['https://example.org/our-service'] });

function emailMessage(input: unknown): string {
  const s = typeof input === 'string' ? input : '';
  if (/[?&%]/.test(s)) {
    return 'An email address cannot contain "?", "&" or "%": in an email link they add hidden extras, such as copying the email to someone else. Give just the address, like name@example.org';
  }
  if (/[<>]/.test(s)) return 'Write just the address, without < and >, like name@example.org';
  if (/\s/.test(s)) return 'An email address has no spaces. Give just the address, like name@example.org';
  if ((s.match(/@/g) ?? []).length > 1) return 'Give one email address, with one @, like name@example.org';
  return 'Give an email address like name@example.org';
}

export const email = z
  .string()
  .trim()
  .max(254, 'This email address is too long')
  .regex(EMAIL_ADDRESS, { error: (iss) => emailMessage(iss.input) })
  .meta({ format: 'email', examples: ['name@example.org'] });

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
  }, 'Give a UK phone number like 0114 496 0123 (10 or 11 digits starting with 0) or +44 114 496 0123')
  .meta({ examples: ['0114 496 0123'] });

/** A calendar date written as YYYY-MM-DD that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (iss) =>
      /^\s*\d{4}-\d{2}-\d{2}[T\s]\d/.test(String(iss.input))
        ? 'Write the date only, like 2026-11-26, without a time'
        : 'Write the date as YYYY-MM-DD, for example 2026-09-30',
  })
  .refine((s) => {
    // Only a date in the right shape can be checked for existing: the shape has its own message.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'This date does not exist: check the day and month')
  .meta({ format: 'date', examples: ['2026-09-30'] });

/** 24-hour clock time, e.g. 09:30. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write times on the 24-hour clock as HH:MM, for example 09:30 or 17:00');

/** A full UK postcode, any case and spacing (normalised elsewhere), e.g. DN4 0TY. */
export const postcode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/, 'Give a full postcode, for example DN4 0TY')
  .meta({ examples: ['DN4 0TY'] });

/** Ages in years; decimals allowed so 6 months is 0.5. */
export const ageYears = z
  .number({ error: 'Give the age as a number of years, for example 5 or 0.5 for six months' })
  .min(0, 'Ages cannot be below 0')
  .max(25, 'Ages above 25 are outside what this directory covers');
