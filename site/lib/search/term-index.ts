/**
 * MiniSearch's text scoring (BM25+, prefix and fuzzy weights, OR of query words, "quality" multiplier),
 * done over typed-array postings instead of through MiniSearch.search. MiniSearch builds an object per
 * matching document per word, merges them, sorts them all and then calls our filter on each: for a word
 * such as "support" or "child" that matches most of the directory, that was most of a query's time. Here the
 * filter is known first, so filtered-out documents are skipped, and scores add up in typed arrays.
 *
 * The arithmetic is MiniSearch 7's, step for step and in the same order (the same derived terms in the same
 * order from the same radix tree, fields in index order, documents ascending), so scores are identical to the
 * last bit and results never change. term-index.test.ts checks that against MiniSearch itself.
 * Browser-safe: no node: imports.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { CompactMini } from './compact-index.ts';

/** MiniSearch's defaults (defaultSearchOptions): BM25+ parameters, and the weights of prefix and fuzzy matches. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/**
 * One field's postings for a term: documents ascending, and each one's BM25+ score for the term in that
 * field. That score depends only on the index (how often the term occurs, the field's length, how many
 * documents have the term), so it is worked out once, when the term is first searched.
 */
interface Postings {
  field: number;
  docs: Int32Array;
  scores: Float64Array;
}

export interface TermIndex {
  /** Term → its row in `rows`, in MiniSearch's own radix tree (so prefix and fuzzy matches come in its order). */
  terms: SearchableMap<number>;
  /** The compact rows, decoded into postings the first time a term is searched. */
  rows: CompactMini['index'];
  decoded: (Postings[] | undefined)[];
  documentCount: number;
  fieldCount: number;
  averageFieldLength: number[];
  /** documentCount × fieldCount. */
  fieldLength: Float64Array;
  /** Per-document working arrays, made once and reused by every search (see searchWords). */
  scratch?: { total: Float64Array; count: Int32Array; matched: Int32Array; wordScore: Float64Array; inWord: Uint8Array };
}

export function loadTermIndex(c: CompactMini): TermIndex {
  const terms = new SearchableMap<number>();
  // Inserted in the order MiniSearch.loadJS inserts them, so the tree (and its iteration order) is the same.
  c.index.forEach((row, k) => terms.set(row[0] as string, k));
  return {
    terms,
    rows: c.index,
    decoded: new Array(c.index.length),
    documentCount: c.documentCount,
    fieldCount: Object.keys(c.fieldIds).length,
    averageFieldLength: c.averageFieldLength,
    fieldLength: Float64Array.from(c.fieldLength),
  };
}

function postingsOf(index: TermIndex, row: number): Postings[] {
  let out = index.decoded[row];
  if (out) return out;
  const r = index.rows[row]!;
  out = [];
  const { k, b, d } = BM25;
  const n = index.documentCount;
  for (let f = 1; f < r.length; f += 2) {
    const field = r[f] as number;
    const pairs = r[f + 1] as number[];
    const matchingCount = pairs.length / 2;
    const avgFieldLength = index.averageFieldLength[field]!;
    // MiniSearch's calcBM25Score, written the same way so it rounds the same way.
    const invDocFreq = Math.log(1 + (n - matchingCount + 0.5) / (matchingCount + 0.5));
    const docs = new Int32Array(matchingCount);
    const scores = new Float64Array(matchingCount);
    let doc = 0;
    for (let p = 0; p < pairs.length; p += 2) {
      doc += pairs[p]!;
      const termFreq = pairs[p + 1]!;
      const fieldLength = index.fieldLength[doc * index.fieldCount + field]!;
      docs[p / 2] = doc;
      scores[p / 2] = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
    }
    out.push({ field, docs, scores });
  }
  // MiniSearch visits fields in index order (field ids ascending).
  out.sort((a, b) => a.field - b.field);
  index.decoded[row] = out;
  return out;
}

/** One query word, as MiniSearch's query spec has it. */
export interface WordQuery {
  term: string;
  /** Edit distance allowed, or false. */
  fuzzy: number | false;
  prefix: boolean;
  /** Bits OR-ed into the document's `groups` when this word matches it (the caller's word groups). */
  groups: number;
  /**
   * The `groups` bits for which this word is the word as typed (or two typed words joined up), the only
   * matches Meilisearch's exactness rule counts as exact: a synonym or word form matched letter for letter is
   * still not what the family typed. Defaults to `groups`.
   */
  exactGroups?: number;
  /**
   * Count a typo on the first letter twice, as Meilisearch does ("youth" must not find "south"). Off by
   * default, so the scores stay MiniSearch's own (term-index.test.ts compares them).
   */
  firstLetterTwice?: boolean;
}

/** How a query word reached an index term: as typed, as the start of a longer word, or with a typo. */
export const EXACT = 0;
export const PREFIX = 1;
export const TYPO = 2;
/** Added to a field's rank when the word only reached it with a typo (ranks are under 16). */
export const TYPO_RANK = 16;

/** The index terms a query word matches, with MiniSearch's weight for each: exact, then prefix, then fuzzy. */
function derivedTerms(index: TermIndex, q: WordQuery): [row: number, weight: number, kind: number][] {
  const out: [number, number, number][] = [];
  const exact = index.terms.get(q.term);
  if (exact !== undefined) out.push([exact, 1, EXACT]);
  const fuzzy = q.fuzzy ? index.terms.fuzzyGet(q.term, q.fuzzy) : undefined;
  if (q.prefix) {
    for (const [term, row] of index.terms.atPrefix(q.term)) {
      const distance = term.length - q.term.length;
      if (!distance) continue;
      fuzzy?.delete(term); // a prefix match is scored as a prefix match only
      out.push([row, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), PREFIX]);
    }
  }
  if (fuzzy) {
    for (const [term, [row, distance]] of fuzzy) {
      if (!distance) continue;
      if (q.firstLetterTwice && term[0] !== q.term[0] && distance + 1 > (q.fuzzy as number)) continue;
      out.push([row, (FUZZY_WEIGHT * term.length) / (term.length + distance), TYPO]);
    }
  }
  if (q.firstLetterTwice && q.prefix && q.fuzzy) {
    // Meilisearch also lets the last word be the start of a longer word with a typo in that start ("dance"
    // finds "danger", through "dange"): every one-letter change after the first letter, as a prefix.
    const seen = new Set(out.map(([row]) => row));
    for (const variant of oneEditAfterFirst(q.term)) {
      for (const [term, row] of index.terms.atPrefix(variant)) {
        if (seen.has(row)) continue;
        seen.add(row);
        out.push([row, (FUZZY_WEIGHT * term.length) / (term.length + 1), TYPO]);
      }
    }
  }
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every string one edit (change, drop, add or swap a letter) from `word`, keeping its first letter. */
function oneEditAfterFirst(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    for (const c of LETTERS) {
      if (i < word.length && c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
      out.add(word.slice(0, i) + c + word.slice(i));
    }
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return out;
}

export interface WordScores {
  /** Documents matching any word, in the order first met. */
  touched: number[];
  /** Per document: MiniSearch's score (the sum over words, times the number of words matched). */
  score: Float64Array;
  /** Per document: the `groups` bits of the words that matched it. */
  groups: Int32Array;
}

/**
 * MiniSearch's `search({ queries: words, combineWith: 'OR' }, { fuzzy, prefix, boost })` over the documents
 * `allowed` lets through (1 in `allowed`). `boosts[fieldId]` is each field's boost.
 * The score and groups arrays are the index's own and the next search overwrites them: a search allocating
 * fresh arrays the size of a big directory on every keystroke spent its time in garbage collection.
 */
/**
 * What Meilisearch's ranking rules look at, per document, filled in when a caller asks (`detail`):
 * `clean`: the `groups` bits of words that matched as typed or as a prefix (no typo);
 * `exact`: the `exactGroups` bits of words that matched exactly as typed (not a prefix, not a typo, not a synonym);
 * `rank`: per document and `groups` bit (doc * 32 + bit), the best (lowest) field rank a word with that bit
 * matched in (`ranks[fieldId]`: 0 for the most telling field);
 * `fields`: per document and `exactGroups` bit (doc * 32 + bit), a bit per field rank where the word as typed
 * is, for Meilisearch's exactness rule (a field with all the words).
 * The caller zeroes `clean`, `exact` and `fields` and fills `rank` with a large number before the search.
 */
export interface MatchDetail {
  ranks: readonly number[];
  clean: Int32Array;
  exact: Int32Array;
  rank: Uint8Array;
  fields: Uint16Array;
}

export function searchWords(
  index: TermIndex,
  words: readonly WordQuery[],
  boosts: readonly number[],
  allowed: Uint8Array,
  detail?: MatchDetail,
): WordScores {
  const n = index.documentCount;
  index.scratch ??= {
    total: new Float64Array(n),
    count: new Int32Array(n),
    matched: new Int32Array(n),
    wordScore: new Float64Array(n),
    inWord: new Uint8Array(n),
  };
  // wordScore and inWord are left all zero after every word; the others start again from zero.
  const { total, count, matched, wordScore, inWord } = index.scratch;
  total.fill(0);
  count.fill(0);
  matched.fill(0);
  const touched: number[] = [];
  const wordTouched: number[] = [];
  for (const q of words) {
    for (const [row, termWeight, kind] of derivedTerms(index, q)) {
      for (const { field, docs, scores } of postingsOf(index, row)) {
        // MiniSearch's termWeight * termBoost * fieldBoost * docBoost * rawScore, with both boosts 1.
        const weight = termWeight * (boosts[field] ?? 1);
        for (let p = 0; p < docs.length; p++) {
          const doc = docs[p]!;
          if (allowed[doc] === 0) continue;
          if (detail) {
            if (kind !== TYPO) detail.clean[doc]! |= q.groups;
            if (kind === EXACT) {
              const exactBits = q.exactGroups ?? q.groups;
              detail.exact[doc]! |= exactBits;
              const fieldBit = 1 << (detail.ranks[field] ?? 15);
              for (let bits = exactBits >>> 0, base = doc * 32; bits; bits &= bits - 1)
                detail.fields[base + 31 - Math.clz32(bits & -bits)]! |= fieldBit;
            }
            // A word reached only by a typo counts for its field after any word reached without one
            // (Meilisearch ranks fields within the typo rule's bucket): TYPO_RANK is added, and taken off again.
            const r = (detail.ranks[field] ?? 99) + (kind === TYPO ? TYPO_RANK : 0);
            for (let bits = q.groups >>> 0, base = doc * 32; bits; bits &= bits - 1) {
              const at = base + 31 - Math.clz32(bits & -bits);
              if (r < detail.rank[at]!) detail.rank[at] = r;
            }
          }
          if (inWord[doc] === 0) {
            inWord[doc] = 1;
            wordTouched.push(doc);
          }
          wordScore[doc]! += weight * scores[p]!;
        }
      }
    }
    // MiniSearch adds each word's total to the document's, in word order.
    for (const doc of wordTouched) {
      if (count[doc] === 0) touched.push(doc);
      total[doc]! += wordScore[doc]!;
      count[doc]!++;
      matched[doc]! |= q.groups;
      wordScore[doc] = 0;
      inWord[doc] = 0;
    }
    wordTouched.length = 0;
  }
  for (const doc of touched) total[doc]! *= count[doc]!;
  return { touched, score: total, groups: matched };
}
