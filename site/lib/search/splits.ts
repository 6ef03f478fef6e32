/**
 * Split words, as Meilisearch makes them (1.50, measured): a typed word also matches two neighbouring words it
 * can be cut into ("youthclub" finds "youth club", "wifi" finds "Wi-Fi"), at the cost of one typo. Only the
 * best cut counts: the one the most services have side by side (the first such cut on a tie). Cases:
 * site/lib/search/phrase-cases.ts. Pure and browser-safe.
 *
 * The embedded index keeps no word positions, so this reads the texts it does keep (every searchable field,
 * but only the start of a description): a service with the two words side by side only further into its
 * description is not found this way on the embedded engine.
 */
import { positionedWords, tokeniseWithCase } from './words.ts';

/** Every kept text as word numbers in order, -1 where two words are not neighbours. */
export interface PairIndex {
  ids: Map<string, number>;
  /** Per owner (a document, or a need), its words' numbers and its field's rank for each word. */
  words: Int32Array;
  ranks: Uint8Array;
  owner: Int32Array;
  /** Per word number, where it stands in `words`: a pair is looked up from the rarer word, not by a scan. */
  places: Int32Array[];
}

/**
 * `owners[k]`: the fields of owner k in searchable-attributes order (undefined: a field it does not have).
 * A stop word written in lower case is not a word here (Meilisearch does not index it: "dropin" never finds
 * "drop in"), but still takes its place, so the words either side of it are not neighbours.
 */
export function buildPairIndex(owners: readonly (readonly (string | readonly string[] | undefined)[])[], stopWords: ReadonlySet<string>): PairIndex {
  const ids = new Map<string, number>();
  const words: number[] = [];
  const ranks: number[] = [];
  const owner: number[] = [];
  owners.forEach((fields, k) => {
    fields.forEach((text, rank) => {
      if (text === undefined) return;
      let last = -2;
      const cased = (typeof text === 'string' ? [text] : text).flatMap(tokeniseWithCase);
      const positioned = positionedWords(text);
      positioned.forEach((w, n) => {
        if (stopWords.has(w.word) && (cased.length !== positioned.length || cased[n]!.lower)) {
          last = -2;
          return;
        }
        if (w.at !== last + 1) {
          words.push(-1);
          ranks.push(0);
          owner.push(k);
        }
        let id = ids.get(w.word);
        if (id === undefined) ids.set(w.word, (id = ids.size));
        words.push(id);
        ranks.push(rank);
        owner.push(k);
        last = w.at;
      });
    });
  });
  const counts = new Int32Array(ids.size);
  for (const id of words) if (id >= 0) counts[id]!++;
  const places = Array.from(counts, (n) => new Int32Array(n));
  counts.fill(0);
  words.forEach((id, i) => {
    if (id >= 0) places[id]![counts[id]!++] = i;
  });
  return { ids, words: Int32Array.from(words), ranks: Uint8Array.from(ranks), owner: Int32Array.from(owner), places };
}

/** The owners with `right` straight after `left`, each with the best field rank where they do. */
export function neighbours(p: PairIndex, left: string, right: string): Map<number, number> {
  const out = new Map<number, number>();
  const l = p.ids.get(left);
  const r = p.ids.get(right);
  if (l === undefined || r === undefined) return out;
  const add = (i: number) => {
    const o = p.owner[i]!;
    const rank = p.ranks[i]!;
    if ((out.get(o) ?? 99) > rank) out.set(o, rank);
  };
  if (p.places[l]!.length <= p.places[r]!.length) {
    for (const i of p.places[l]!) if (p.words[i + 1] === r) add(i);
  } else {
    for (const i of p.places[r]!) if (p.words[i - 1] === l) add(i);
  }
  return out;
}

/**
 * The best cut of `word` into two words that some documents have side by side: those documents, each with
 * its field rank. `docsOf` turns what `neighbours` found (in documents and needs) into documents.
 */
export function bestSplit(
  word: string,
  docsOf: (left: string, right: string) => Map<number, number>,
): { left: string; right: string; docs: Map<number, number> } | undefined {
  let best: { left: string; right: string; docs: Map<number, number> } | undefined;
  for (let i = 1; i < word.length; i++) {
    const docs = docsOf(word.slice(0, i), word.slice(i));
    if (docs.size > (best?.docs.size ?? 0)) best = { left: word.slice(0, i), right: word.slice(i), docs };
  }
  return best;
}
