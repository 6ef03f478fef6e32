/**
 * The embedded engine's word matching (searchEmbedded in embedded.ts does the filters, tiers, order and pages):
 * which documents match a search's words and how well, following Meilisearch's rules so both engines agree
 * (decision 12): the "last" matching strategy over word groups, typos on the words as typed, the last word as a
 * prefix, phrases, words typed joined up or split, and the exactness of each field. Kept apart from the index's
 * build and load because this is the part tuned against Meilisearch, case by case (tests/parity); what it reads
 * of each document's fields is in embedded-fields.ts.
 */
import type { EmbeddedIndex } from './embedded-index.ts';
import { exactStartsAt, neighbourDocs } from './embedded-fields.ts';
import { exactCheck, exactTier, queryPositions } from './exact-attribute.ts';
import { bestSplit } from './splits.ts';
import { searchWords, TYPO_RANK, type MatchDetail, type WordQuery } from './term-index.ts';
import type { queryWords } from './query-words.ts';
import { tokenise, typoBudget } from './words.ts';

/** A rank past every field: "matched in no field yet". */
const NO_FIELD = 99;

function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v; v &= v - 1) c++;
  return c;
}

/** The documents that match and how they rank: `words` leading query words matched, then `score`. */
export interface Matches {
  docs: number[];
  words: Int32Array;
  score: Float64Array;
}

/** With no words to match, every document the filters let through, all ranked equal (`zeros` is all 0). */
export function allAllowed(allowed: Uint8Array, zeros: { words: Int32Array; score: Float64Array }): Matches {
  const docs: number[] = [];
  for (let i = 0; i < allowed.length; i++) if (allowed[i]) docs.push(i);
  return { docs, ...zeros };
}

/**
 * Meilisearch's "last" matching strategy over word groups: a document qualifies when it matches the first
 * word group, and ranks by how many leading groups it matches (all words first, then all but the last...).
 * Typos follow Meilisearch's thresholds; the last word also matches as a prefix ("nurs" finds "nursery").
 */
export function matchWords(index: EmbeddedIndex, query: ReturnType<typeof queryWords>, allowed: Uint8Array, typedQuery: string): Matches {
  const groups = query.groups.slice(0, 30); // one bit per word group
  // Like Meilisearch, typos are allowed only on the words as typed (not on synonyms or joined-up words),
  // and only the last word as typed is also a prefix ("nurs" finds "nursery").
  const typed = new Set(groups.map((g) => g[0]!));
  // Meilisearch takes the last word as a prefix only when the search ends with it: not after a trailing
  // space or comma, nor when a stop word came last ("dome has" does not find "domestic").
  const typedTokens = tokenise(typedQuery);
  const endsInWord = /[\p{L}\p{M}\p{N}$<=>^|~£€¥©®°]$/u.test(typedQuery);
  const lastWord = endsInWord && typedTokens[typedTokens.length - 1] === groups[groups.length - 1]![0] ? groups[groups.length - 1]![0]! : undefined;
  const maskOf = new Map<string, number>();
  // A phrase alternative ("child minder" for "childminder") counts only when a document has all of its words,
  // as Meilisearch matches a synonym phrase: each of its words gets a bit of its own above the groups' bits,
  // and the phrase's own bit (`target`) is set afterwards where all of them are present.
  const phrases: { target: number; bits: number; first: number; misses: Set<number> | undefined }[] = [];
  const phraseBit = new Map<string, number>();
  let nextBit = groups.length;
  const addAlternative = (alt: string, target: number) => {
    const parts = alt.split(' ');
    if (parts.length === 1) {
      maskOf.set(alt, (maskOf.get(alt) ?? 0) | target);
      return;
    }
    const fresh = new Set(parts.filter((w) => !phraseBit.has(w)));
    if (nextBit + fresh.size > 30) return; // out of bits (a very long query): leave this phrase out
    for (const w of fresh) phraseBit.set(w, 1 << nextBit++);
    let bits = 0;
    for (const w of parts) {
      bits |= phraseBit.get(w)!;
      maskOf.set(w, (maskOf.get(w) ?? 0) | phraseBit.get(w)!);
    }
    phrases.push({ target, bits, first: phraseBit.get(parts[0]!)!, misses: index.phraseMisses.get(alt) });
  };
  groups.forEach((g, gi) => g.forEach((alt) => addAlternative(alt, 1 << gi)));
  // Spans (joined-up words, a phrase's synonyms) each get a bit too, resolved per document below.
  const spans: { from: number; to: number; bit: number }[] = [];
  for (const s of query.spans) {
    if (s.to >= groups.length || nextBit >= 30) continue;
    const span = { from: s.from, to: s.to, bit: 1 << nextBit++ };
    spans.push(span);
    for (const alt of s.alternatives) addAlternative(alt, span.bit);
  }
  // Split words: each typed word also matches the best cut of it into two neighbouring words, as a typo,
  // ranked by the best field of the cut's first word (searched for that, with a bit of its own).
  const splits: { group: number; docs: Map<number, number>; left: number }[] = [];
  groups.forEach((g, gi) => {
    const split = nextBit < 30 ? bestSplit(g[0]!, (l, r) => neighbourDocs(index, l, r)) : undefined;
    if (!split) return;
    const left = 1 << nextBit++;
    maskOf.set(split.left, (maskOf.get(split.left) ?? 0) | left);
    splits.push({ group: gi, docs: split.docs, left });
  });
  // Bits in use (groups, phrase words, spans, splits): the per-document loops below touch only these.
  const used = nextBit;
  const fuzzy = (term: string) => (typed.has(term) && typoBudget(term, index.exact)) || false;
  // Even a single letter, as Meilisearch does ("e" finds "eating").
  const prefix = (term: string) => term === lastWord;
  // What Meilisearch's exactness rule counts as exact for each group: the word as typed only, never a
  // synonym, another form of the word, or two words joined up ("cyberbullying" for "cyber bullying").
  const exactOf = new Map<string, number>();
  groups.forEach((g, gi) => exactOf.set(g[0]!, (exactOf.get(g[0]!) ?? 0) | (1 << gi)));
  const query1 = (term: string, groups: number, asPrefix: boolean): WordQuery => ({
    term,
    fuzzy: fuzzy(term),
    prefix: asPrefix,
    groups,
    exactGroups: (exactOf.get(term) ?? 0) & groups,
    firstLetterTwice: true,
  });
  // Only the last group's word is a prefix, even when an earlier word is the same ("1 1" is "1", then "1…").
  const lastBit = 1 << (groups.length - 1);
  const words = [...maskOf].flatMap(([term, bits]): WordQuery[] =>
    prefix(term) && bits !== lastBit && bits & lastBit
      ? [query1(term, bits & ~lastBit, false), query1(term, lastBit, true)]
      : [query1(term, bits, prefix(term))],
  );

  // The words' groups per document, and what Meilisearch's ranking rules look at (typos, the field, exact
  // words), with what the need text adds.
  const n = index.docs.length;
  const detail = (index.detail ??= {
    ranks: index.ranks,
    clean: new Int32Array(n),
    exact: new Int32Array(n),
    rank: new Uint8Array(n * 32).fill(NO_FIELD),
    fields: new Uint16Array(n * 32),
  });
  const { touched, score, groups: mask } = searchWords(index.terms, words, index.boosts, allowed, detail);
  if (index.needTerms) {
    const { terms, boosts, ranks } = index.needTerms;
    const k = terms.documentCount;
    const needDetail: MatchDetail = {
      ranks,
      clean: new Int32Array(k),
      exact: new Int32Array(k),
      rank: new Uint8Array(k * 32).fill(NO_FIELD),
      fields: new Uint16Array(k * 32),
    };
    const needs = searchWords(terms, words, boosts, new Uint8Array(k).fill(1), needDetail);
    // Need scores go to each service best need first, as MiniSearch listed them (a stable sort by score),
    // so the sums come out the same to the last bit.
    const bestFirst = [...needs.touched].sort((a, b) => needs.score[b]! - needs.score[a]!);
    for (const k of bestFirst) {
      for (const i of index.docsByNeed[k] ?? []) {
        if (!allowed[i]) continue;
        if (mask[i] === 0) touched.push(i);
        mask[i]! |= needs.groups[k]!;
        score[i]! += needs.score[k]!;
        detail.clean[i]! |= needDetail.clean[k]!;
        detail.exact[i]! |= needDetail.exact[k]!;
        for (let b = 0; b < used; b++) {
          if (needDetail.rank[k * 32 + b]! < detail.rank[i * 32 + b]!) detail.rank[i * 32 + b] = needDetail.rank[k * 32 + b]!;
          detail.fields[i * 32 + b]! |= needDetail.fields[k * 32 + b]!;
        }
      }
    }
  }
  for (const split of splits) {
    for (const [i, rank] of split.docs) {
      if (!allowed[i]) continue;
      if (mask[i] === 0) touched.push(i);
      mask[i]! |= 1 << split.group;
      const leftRank = detail.rank[i * 32 + 31 - Math.clz32(split.left)]!;
      const r = (leftRank === NO_FIELD ? rank : leftRank % TYPO_RANK) + TYPO_RANK;
      const at = i * 32 + split.group;
      if (r < detail.rank[at]!) detail.rank[at] = r;
    }
  }
  // The words as typed, numbered as Meilisearch numbers them, and whether any service has each.
  const typedAt = queryPositions(typedQuery, index.stopWords).slice(0, groups.length);
  const known = typedAt.map((t) => index.terms.terms.get(t.word) !== undefined || index.needTerms?.terms.terms.get(t.word) !== undefined);
  // The exactness rule's query side, per number of leading words matched, once rather than per service.
  const checks = typedAt.map((_, k) => exactCheck(typedAt.slice(0, k + 1).map((t, g) => ({ ...t, known: known[g]! }))));
  const docs: number[] = [];
  // How many leading groups each document matched, written over its mask (read just before).
  const leading = mask;
  for (const i of touched) {
    const base = i * 32;
    const bitAt = (bit: number) => base + 31 - Math.clz32(bit);
    for (const p of phrases) {
      if ((mask[i]! & p.bits) !== p.bits || p.misses?.has(i)) continue;
      mask[i]! |= p.target;
      // A phrase's words are never typo-matched, and a synonym is not the word as typed. The phrase ranks by
      // the best field of its first word, wherever that is (Meilisearch, measured).
      if ((detail.clean[i]! & p.bits) === p.bits) detail.clean[i]! |= p.target;
      const r = detail.rank[bitAt(p.first)]!;
      if (r < detail.rank[bitAt(p.target)]!) detail.rank[bitAt(p.target)] = r;
    }
    // A span stands for all its words or none, and costs a typo for each (Meilisearch's path through the
    // query): a document missing one of its words on its own takes the span for all of them.
    const alone = mask[i]!; // the words matched on their own, before any span
    for (const s of spans) {
      if (!(alone & s.bit)) continue;
      let missing = false;
      for (let g = s.from; g <= s.to; g++) if (!(alone & (1 << g))) missing = true;
      if (!missing) continue;
      const r = (detail.rank[bitAt(s.bit)]! % TYPO_RANK) + TYPO_RANK;
      for (let g = s.from; g <= s.to; g++) {
        // The first span to take a word sets it; an overlapping one can only offer a better field.
        const taken = (mask[i]! & (1 << g)) !== 0 && !(alone & (1 << g));
        mask[i]! |= 1 << g;
        detail.clean[i]! &= ~(1 << g);
        detail.exact[i]! &= ~(1 << g);
        detail.rank[base + g] = taken ? Math.min(detail.rank[base + g]!, r) : r;
        detail.fields[base + g] = 0;
      }
    }
    let k = 0;
    while (k < groups.length && mask[i]! & (1 << k)) k++;
    // Meilisearch's rules after "words" (and "sort"), as one number: fewer typos, then the most telling
    // fields (summed over the words matched), then more words exactly as typed. Equal documents then keep
    // the directory's final order (`tiebreak`), Meilisearch's last rule.
    const lead = k >= 31 ? -1 : (1 << k) - 1;
    const typos = k - popcount(detail.clean[i]! & lead);
    const exact = popcount(detail.exact[i]! & lead);
    let fields = 0;
    for (let g = 0; g < k; g++) fields += detail.rank[base + g]! % TYPO_RANK;
    const whole = k > 0 ? exactTier(() => exactStartsAt(index, i), checks[k - 1], detail.fields, base) * 50 : 0;
    score[i] = -typos * 1e7 - fields * 1e2 + whole + exact;
    detail.clean[i] = 0;
    detail.exact[i] = 0;
    detail.rank.fill(NO_FIELD, base, base + used);
    detail.fields.fill(0, base, base + used);
    leading[i] = k;
    if (k > 0) docs.push(i);
  }
  return { docs, words: leading, score };
}
