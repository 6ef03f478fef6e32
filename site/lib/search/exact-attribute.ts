/**
 * Meilisearch's exactness rule, first half ("exactMatch", "matchesStart", "noExactMatch"), as the embedded
 * engine ranks it. Pure and browser-safe. Measured against a real Meilisearch 1.50 (docs/decisions/0014-exact-attribute-as-meilisearch.md):
 * - words are numbered in each field from 0, stop words included; after a hard separator (. , ; ! ? | …) the
 *   next word is 8 on, not 1; each item of a list is a new start in the same way; the query is numbered alike;
 * - a service "starts with" the query when each word typed sits at its own number in some field, and one
 *   field has all those words (not necessarily the same field: Meilisearch checks the two apart);
 * - it "is" the query when such a field has as many words (stop words out) as the query;
 * - only the words as typed count (not a synonym, a typo or the start of a longer word), and a typed word no
 *   service has is left out, unless that leaves a hole before a word that is there: then no service qualifies.
 */
import { foldCase, positionedWords, WORD } from './words.ts';

/** Positions past this are not kept: Meilisearch files them in coarse buckets, and queries are short. */
export const KEPT_POSITIONS = 16;
/** Word counts past this are not kept (Meilisearch counts up to 30 words a field). */
const MAX_COUNTED = 30;

/** What the rule needs to know of one service: where its words sit early on, and each field's word count. */
export interface ExactStarts {
  /** Word → bit p set when the word is number p (under KEPT_POSITIONS) in any field. */
  at: Map<string, number>;
  /** Per field, in searchable-attributes order: its words, stop words out (MAX_COUNTED + 1 when more). */
  counts: Uint8Array;
}

/** `fields` in searchable-attributes order; `undefined` for a field only partly known (never "is" the query). */
export function exactStarts(
  fields: readonly (string | readonly string[] | undefined)[],
  stopWords: ReadonlySet<string>,
  partial: ReadonlySet<number> = new Set(),
): ExactStarts {
  const at = new Map<string, number>();
  const counts = new Uint8Array(fields.length).fill(MAX_COUNTED + 1);
  fields.forEach((text, f) => {
    if (text === undefined) return;
    let count = 0;
    for (const w of positionedWords(text)) {
      if (w.at < KEPT_POSITIONS) at.set(w.word, (at.get(w.word) ?? 0) | (1 << w.at));
      if (!stopWords.has(w.word)) count++;
    }
    if (!partial.has(f)) counts[f] = Math.min(count, MAX_COUNTED + 1);
  });
  return { at, counts };
}

/** The query's words (stop words out) with their numbers, as Meilisearch numbers a query. */
export function queryPositions(q: string, stopWords: ReadonlySet<string>): { word: string; at: number }[] {
  const all = positionedWords(q);
  const kept = all.filter((w) => !stopWords.has(w.word));
  // A query of stop words only still searches them (words.ts queryWordGroups).
  return kept.length > 0 ? kept : all;
}

/** The query's side of the rule, worked out once per search (for a number of leading words). */
export interface ExactCheck {
  words: string[];
  ats: number[];
}

/**
 * The words to check, or undefined when no service can qualify. `terms`: the leading query words a service
 * matched (the "words" rule may have dropped the last ones), each with its number and whether any service
 * has it (`known`). Words no service has are left out, but only from the end: a hole before a known word, or
 * no known word at all, and Meilisearch gives every service 0.
 */
export function exactCheck(terms: readonly { word: string; at: number; known: boolean }[]): ExactCheck | undefined {
  const firstUnknown = terms.findIndex((t) => !t.known);
  const known = firstUnknown < 0 ? terms : terms.slice(0, firstUnknown);
  if (known.length === 0 || terms.slice(known.length).some((t) => t.known)) return undefined;
  if (known.some((t) => t.at >= KEPT_POSITIONS)) return undefined;
  return { words: known.map((t) => t.word), ats: known.map((t) => t.at) };
}

/**
 * 2 when the service "is" the query, 1 when it "starts with" it, else 0. `fields[base + g]`: the fields (a bit
 * per searchable-attributes place) where this service has the g-th word exactly as typed. `startsOf` gives the
 * service's word starts, asked for only when some field has every word as typed: most services a broad search
 * matches do not, and the fields are the cheaper test.
 */
export function exactTier(startsOf: () => ExactStarts, check: ExactCheck | undefined, fields: ArrayLike<number>, base = 0): number {
  if (!check) return 0;
  let all = -1;
  for (let g = 0; g < check.words.length; g++) all &= fields[base + g]!;
  if (all === 0) return 0;
  const starts = startsOf();
  for (let g = 0; g < check.words.length; g++) if (((starts.at.get(check.words[g]!) ?? 0) & (1 << check.ats[g]!)) === 0) return 0;
  for (let f = 0; f < starts.counts.length; f++) if (all & (1 << f) && starts.counts[f] === check.words.length) return 2;
  return 1;
}

/**
 * The start of a long text, as much as the rule can use (its words numbered under KEPT_POSITIONS, lower case
 * and accents off when cut), and whether it was cut. The embedded index keeps this much of each description rather than the whole text.
 */
export function leadingText(text: string): { text: string; cut: boolean } {
  const words = positionedWords(text);
  const last = words.findLastIndex((w) => w.at < KEPT_POSITIONS);
  if (last === words.length - 1) return { text, cut: false };
  // Cut just after the last kept word: the same words, counted through the text as written.
  // Kept folded (lower case, accents off), as the rule reads it: folding can change a text's length.
  const folded = foldCase(text);
  let seen = -1;
  let end = 0;
  for (const m of folded.matchAll(WORD)) {
    seen++;
    end = m.index + m[0].length;
    if (seen >= last) break;
  }
  return { text: folded.slice(0, end), cut: true };
}
