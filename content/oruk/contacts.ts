import { decodeHTML } from 'entities';
import { email as emailSchema, webUrl } from '../schema/index.ts';

/**
 * Web and email addresses as feeds write them, made usable. Council feeds write `www.example.org`,
 * `example.org/page`, `http:www.example.org` and `name@example.org.`; dropping those raised a false "no way
 * to get in touch". Each repair is returned as a note, so the editor sees what changed.
 */
export interface Normalised {
  url?: string;
  email?: string;
  /** What was changed, or why the value could not be used, in plain English. */
  note?: string;
}

const PLACEHOLDER = /^(?:n\/?a|none|tbc|tba|not applicable|not known|unknown|no|nil|-+|\.+|0)$/i;
const TRAILING = /[.,;:!?)\]}>'"’”]+$/;
const LEADING = /^[<('"‘“[]+/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d{2,5})?(?:[/?#]\S*)?$/i;

// Feed text quoted in a note: decoded, one line, no angle brackets (a note must not carry a tag either).
const quote = (raw: string) => {
  const s = decodeHTML(raw)
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .replace(/[<>]/g, '');
  return `"${s.length > 80 ? `${s.slice(0, 79)}…` : s}"`;
};

/** A feed's web address as an https (or http) address the listing accepts, or the reason it cannot be. */
export function normaliseUrl(raw: unknown): Normalised {
  if (typeof raw !== 'string') return {};
  const given = raw.trim();
  // "n/a", "none", "-": the feed says there is no address, which is not an address lost.
  if (given === '' || PLACEHOLDER.test(given)) return {};
  // Feeds write addresses HTML-encoded too (?a=1&amp;b=2): the address is what the entities stand for.
  // Several addresses in one field ("www.a.org or www.b.org"): the first is used, and the note says so.
  const parts = decodeHTML(given)
    .split(/\s+(?:or|and|\/)\s+|[\s,;|]+(?=(?:https?:|www\.))/i)
    .filter((p) => p.trim() !== '');
  const more = parts.length > 1 ? ' (the feed gives more than one; the first was kept)' : '';
  let u = (parts[0] ?? '').trim().replace(LEADING, '').replace(TRAILING, '');
  // "http:www.x", "https:/x", "http//x", "htp://x": a scheme written wrong.
  u = u.replace(/^ht?tps?(?::\/{0,3}|\/\/)(?=[a-z0-9])/i, (m) => (/s/i.test(m) || !/^http:\/\//i.test(m) ? 'https://' : 'http://'));
  if (!/^https?:\/\//i.test(u)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(u) && !/^[a-z0-9-]+\.[a-z]/i.test(u))
      return { note: `The web address ${quote(given)} is not a web page address, so it was left out.` };
    if (!HOST.test(u))
      return { note: `The web address ${quote(given)} could not be read, so it was left out: add the full address starting with https://.` };
    u = `https://${u}`;
  }
  // Spaces inside an address ("/our services") are how a person typed it; a browser sends %20.
  if (/^https?:\/\/[^\s/]+\/\S*\s/.test(u)) u = u.replace(/\s/g, '%20');
  if (!webUrl.safeParse(u).success || /[\s<>"]/.test(u))
    return { note: `The web address ${quote(given)} could not be read, so it was left out: add the full address starting with https://.` };
  return u === given ? { url: u } : { url: u, note: `The web address ${quote(given)} was written as ${u}${more}: check it opens the right page.` };
}

/** A feed's email address trimmed of the punctuation around it, or the reason it cannot be used. */
export function normaliseEmail(raw: unknown): Normalised {
  if (typeof raw !== 'string') return {};
  const given = raw.trim();
  if (given === '' || PLACEHOLDER.test(given)) return {};
  const clean = (t: string) =>
    t
      .replace(/^mailto:/i, '')
      .replace(LEADING, '')
      .replace(TRAILING, '')
      .trim();
  // Two addresses in one field ("a@x.org / b@x.org", "a@x.org; b@x.org"): the first is used, and the note says so.
  const parts = decodeHTML(given)
    .split(/\s*[;,/]\s*|\s+(?:or|and)\s+/i)
    .map(clean)
    .filter((p) => p.includes('@'));
  const e = parts[0] ?? clean(decodeHTML(given));
  // A "?" or "&" after the domain would add recipients or a subject to the family's email: never accepted.
  if (/[?&=\s]/.test(e) || !emailSchema.safeParse(e).success) {
    return { note: `The email address ${quote(given)} is not one we can use, so it was left out: check it with the provider.` };
  }
  const more = parts.length > 1 ? ' (the feed gives more than one; the first was kept)' : '';
  return e === given ? { email: e } : { email: e, note: `The email address ${quote(given)} was written as ${e}${more}: check it.` };
}
