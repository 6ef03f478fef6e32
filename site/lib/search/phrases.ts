/**
 * Synonym phrases as Meilisearch matches them: "mental health" (a synonym of "CAMHS") matches only where the
 * two words sit side by side in one field, not a description saying "mental ill health". The embedded index
 * does not keep word positions, so at build time it lists, per phrase, the documents that have all of its
 * words but never side by side (few, so a few bytes); the search leaves those out. Measured on a real
 * Meilisearch 1.50: the phrase's stop words are dropped and the rest must then be neighbours, so "child and
 * adolescent mental health" only matches "child adolescent mental health" (tests/contract/phrases.test.ts).
 * Pure and browser-safe.
 */
import type { Synonyms } from './synonyms.ts';
import { positionedWords, tokenise } from './words.ts';

/** Every synonym alternative of several words, as the engines' word groups hold it (stop words out). */
export function synonymPhrases(synonyms: Synonyms, stopWords: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const equivalents of Object.values(synonyms)) {
    for (const e of equivalents) {
      const kept = tokenise(e).filter((w) => !stopWords.has(w));
      if (kept.length > 1) out.add(kept.join(' '));
    }
  }
  return [...out].sort();
}

/** Does one field (a text, or a list of them) have the phrase's words side by side? */
function hasPhrase(positions: Map<string, number[]>, words: readonly string[]): boolean {
  for (const start of positions.get(words[0]!) ?? []) {
    if (words.every((w, k) => positions.get(w)?.includes(start + k))) return true;
  }
  return false;
}

/**
 * Per phrase, the documents (by number) that have each of its words somewhere (`has`, as the embedded engine
 * sees it, need text included) but in no field side by side. Phrases no document misses are left out.
 */
export function phraseMisses(
  phrases: readonly string[],
  docs: readonly (readonly (string | readonly string[])[])[],
  has: (doc: number, word: string) => boolean,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const split = phrases.map((p) => ({ p, words: p.split(' ') }));
  docs.forEach((fields, i) => {
    let positions: Map<string, number[]>[] | undefined;
    for (const { p, words } of split) {
      if (!words.every((w) => has(i, w))) continue;
      positions ??= fields.map((f) => {
        const m = new Map<string, number[]>();
        for (const { word, at } of positionedWords(f)) m.set(word, [...(m.get(word) ?? []), at]);
        return m;
      });
      if (!positions.some((m) => hasPhrase(m, words))) (out[p] ??= []).push(i);
    }
  });
  return out;
}
