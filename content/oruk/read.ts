/**
 * Small readers for untrusted feed JSON. A feed record may hold a number where a name belongs, a string where
 * a list belongs, or null anywhere: each reader returns what the importer can use, or nothing, and never
 * throws. Objects come back as plain records so an unexpected key can never reach a built-in property.
 */
import { plainLine } from './text.ts';

export type Rec = Record<string, unknown>;

export function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only: a key named `constructor` or `__proto__` in a feed is data, not a method. */
export function get(r: unknown, key: string): unknown {
  return isRec(r) && Object.hasOwn(r, key) ? r[key] : undefined;
}

/** A string, a number written as text, or nothing. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** A list of records: a single record counts as a list of one; anything else is an empty list. */
export function recs(v: unknown): Rec[] {
  if (Array.isArray(v)) return v.filter(isRec);
  return isRec(v) ? [v] : [];
}

/**
 * Every short text a field holds, however the feed shapes it: "Autism", ["Autism", "Carers"],
 * "Autism; Carers", [{ "targetAudience": "Autism" }] or { "name": "Autism" }.
 */
export function termsIn(v: unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof v === 'string')
    return v
      .split(/[;|\n]|,(?=\s*[A-Z])/)
      .map((t) => t.trim())
      .filter((t) => t.length > 0 && t.length <= 80);
  if (Array.isArray(v)) return v.flatMap((x) => termsIn(x, depth + 1));
  if (isRec(v)) {
    const named = ['name', 'label', 'value', 'term', 'title', 'description'].map((k) => get(v, k)).find((x) => typeof x === 'string');
    if (named !== undefined) return termsIn(named, depth + 1);
    return Object.entries(v)
      .filter(([k, x]) => typeof x === 'string' && !/(^|_)id$/i.test(k))
      .flatMap(([, x]) => termsIn(x, depth + 1));
  }
  return [];
}

/** A value in a few words, for a note that lists what was not imported. Never more than one line. */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return `${v.length} item${v.length === 1 ? '' : 's'}`;
  if (isRec(v)) return 'a record';
  return `"${plainLine(v, 40) ?? ''}"`;
}

/** True for a value that carries something: not null, not an empty string, list or record. */
export function hasValue(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (isRec(v)) return Object.keys(v).length > 0;
  return true;
}
