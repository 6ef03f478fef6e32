/**
 * The embedded engine: the query model answered in-process (in the browser, the CLI and tests) over a
 * static MiniSearch index built from the same search documents Meilisearch gets. Filters, facets, distance
 * and synonyms come from filters.ts, so the two engines agree; ranking mirrors Meilisearch's rules:
 *   words ("last" strategy: a service must match the query's first words; more words rank higher),
 *   then distance when sorting by it, then typos and fields (MiniSearch's score, weighted by field order).
 * Typos: none under 5 letters, 1 from 5, 2 from 9, on the words as typed only (not synonyms, not acronyms).
 * Browser-safe: no node: imports.
 */
import MiniSearch from 'minisearch';
import { documentId, type SearchDocument } from './search-document.ts';
import { FIELD_WEIGHTS, SEARCHABLE_FIELDS, type SearchableField } from './fields.ts';
import { compactMini, fromColumns, toColumns, type Columns, type CompactMini } from './compact-index.ts';
import { facetTable } from './facets.ts';
import { clauseTable, filterClauses } from './filters.ts';
import { queryWords, tokenise, tokeniseWithCase, typoBudget, type Synonyms } from './words.ts';
import { exactCheck, exactStarts, exactTier, leadingText, queryPositions, type ExactStarts } from './exact-attribute.ts';
import { phraseMisses, synonymPhrases } from './phrases.ts';
import { bestSplit, buildPairIndex, neighbours, type PairIndex } from './splits.ts';
import type { Query } from './query.ts';
import type { HitFields, SearchHit, SearchResults } from './results.ts';
import { loadTermIndex, searchWords, TYPO_RANK, type MatchDetail, type TermIndex, type WordQuery } from './term-index.ts';

export const EMBEDDED_FORMAT = 3;

/** Searchable fields and their weights come from the one table of field roles (fields.ts). */
type FieldName = SearchableField;
const ALL_FIELDS = [...SEARCHABLE_FIELDS];
/**
 * Need labels and phrases are the same on every service with that need, so (when the vocabulary is given)
 * they are indexed once per need, not once per document: a word matching a need's phrase matches every
 * service with that need, exactly as if the phrase were in each document, at a fraction of the size and time.
 */
const NEED_FIELDS: FieldName[] = ['needLabels', 'needPhrases'];
const DOC_FIELDS = ALL_FIELDS.filter((f) => !NEED_FIELDS.includes(f));
/** Each field's boost, by its number in the compact index. */
const boostsById = (c: CompactMini) => {
  const boosts: number[] = [];
  for (const [f, id] of Object.entries(c.fieldIds)) boosts[id] = FIELD_WEIGHTS[f as FieldName];
  return boosts;
};
/** Each field's place in Meilisearch's searchableAttributes order (0 is the most telling), by its number. */
const ranksById = (c: CompactMini) => {
  const ranks: number[] = [];
  for (const [f, id] of Object.entries(c.fieldIds)) ranks[id] = ALL_FIELDS.indexOf(f as FieldName);
  return ranks;
};

/** A document as the embedded index keeps it: what results and filters need, not the long text. */
export type StoredDoc = HitFields & Pick<SearchDocument, 'status' | 'review'>;

/** Stored without what can be rebuilt on load: the document id (from serviceId and venue) and need labels. */
type CompactDoc = Omit<StoredDoc, 'id' | 'needLabels'>;
const STORED_FIELDS = [
  'serviceId',
  'venue',
  'name',
  'organization',
  'summary',
  'needs',
  'eligibility',
  'pregnancy',
  'age_min',
  'age_max',
  'send_max',
  'level',
  'access',
  'cost',
  'delivery',
  'languages',
  'days',
  'localities',
  'has_venue',
  'venueName',
  'address',
  'town',
  'postcode',
  'approximate',
  'hubIds',
  'hub',
  'status',
  'review',
  '_geo',
] as const satisfies readonly (keyof CompactDoc)[];

export interface EmbeddedIndexJson {
  format: typeof EMBEDDED_FORMAT;
  synonyms: Synonyms;
  exact: string[];
  stopWords: string[];
  /** Need id → label, once, instead of on every document. */
  needLabels: Record<string, string>;
  docs: Columns<CompactDoc>;
  /** The fields indexed per document. */
  fields: FieldName[];
  minisearch: CompactMini;
  /** Need labels and phrases, indexed once per need; null when built without the vocabulary. */
  needIndex: { ids: string[]; minisearch: CompactMini } | null;
  /** Need id → its phrases as written, for Meilisearch's exactness rule (a field that starts with the query). */
  needPhrases?: Record<string, string[]>;
  /** Per document, the start of its description as written (exact-attribute.ts leadingText), for the same rule. */
  descriptionStarts?: string[];
  /** The documents whose description is longer than its start. */
  descriptionsCut?: number[];
  /** Synonym phrase → the documents with all its words but never side by side (phrases.ts). */
  phraseMisses?: Record<string, number[]>;
}

export interface EmbeddedIndex {
  docs: StoredDoc[];
  fields: FieldName[];
  /** Need labels and phrases, scored as MiniSearch scores them; null when built without the vocabulary. */
  needTerms: { terms: TermIndex; boosts: number[]; ranks: number[] } | null;
  /** Field id (in `terms`) → its place in the searchable attributes order, for Meilisearch's attribute rule. */
  ranks: number[];
  /** Working arrays for the ranking detail, one entry per document, reused by every search. */
  detail?: MatchDetail;
  /** Need id → its phrases, when the index was built with the vocabulary. */
  needPhrases: Record<string, string[]>;
  /** Per document, the start of its description as written, and which are cut. */
  descriptionStarts: string[];
  descriptionsCut: Set<number>;
  /** Synonym phrase → the documents that have its words, but not as the phrase. */
  phraseMisses: Map<string, Set<number>>;
  /** Per document, where its words sit early in each field, made when a search first ranks it: Meilisearch's exactness rule
   * puts a document whose field is the query ("Toddler Group" for "toddler group") first, then one whose
   * fields start with it (exact-attribute.ts). */
  exactStarts?: (ExactStarts | undefined)[];
  /** Need number (in the need index) → the documents with that need. */
  docsByNeed: number[][];
  /** Need id → the documents with that need (every need a document has, in the need index or not). */
  docsWithNeed: Map<string, number[]>;
  /** Need number → its id and label. */
  needIds: string[];
  needLabelOf: Record<string, string>;
  /** The kept texts' neighbouring words, made on first use (split words, splits.ts). */
  pairs?: { docs: PairIndex; needs: PairIndex };
  /** Facet counting, precomputed per document (one count per service). */
  facets: ReturnType<typeof facetTable<StoredDoc>>;
  /** Each document's service, numbered, and how many services there are. */
  serviceNo: Int32Array;
  serviceCount: number;
  /** Ranks for searches without words: all equal. Never written to. */
  zeros: { words: Int32Array; score: Float64Array };
  /** The filters, evaluated over all documents at once. */
  clauses: ReturnType<typeof clauseTable<StoredDoc>>;
  /** The documents' text index, scored as MiniSearch scores it (term-index.ts). */
  terms: TermIndex;
  /** Field id (in `terms`) → boost. */
  boosts: number[];
  synonyms: Synonyms;
  exact: Set<string>;
  stopWords: Set<string>;
}

export interface WordSettings {
  /** The needs vocabulary, so need labels and phrases are indexed once per need. Optional for old callers. */
  needs?: readonly { id: string; label: string; phrases: readonly string[] }[];
  synonyms: Synonyms;
  /** Words never typo-matched (acronyms). */
  exact: readonly string[];
  stopWords: readonly string[];
}

/** Marks a stop word to index all the same (never part of a word: tokenise splits at it). */
const KEPT = '\u0001';

function miniOptions(stopWords: ReadonlySet<string>, fields: readonly FieldName[]) {
  return {
    idField: 'i',
    fields: [...fields],
    storeFields: [],
    // Stop words are not indexed (smaller index; the query's word groups leave them out too), except one
    // written with a capital, which Meilisearch indexes ("Want to..."): tokeniseWithCase marks those.
    tokenize: (text: string) => tokeniseWithCase(text).map((t) => (t.lower || !stopWords.has(t.word) ? t.word : `${KEPT}${t.word}`)),
    processTerm: (term: string) => (term.startsWith(KEPT) ? term.slice(1) : stopWords.has(term) ? null : term),
    searchOptions: { processTerm: (term: string) => term },
    extractField: (doc: Record<string, unknown>, field: string) => {
      const v = doc[field];
      if (field === 'i') return v; // the document number stays a number
      return Array.isArray(v) ? v.join(' ') : v === undefined ? '' : String(v);
    },
  };
}

/** Build the index (at build time) as plain JSON the site can serve and the browser can load. */
export function buildEmbeddedIndex(given: readonly SearchDocument[], words: WordSettings): EmbeddedIndexJson {
  // Stored in the directory's final order, so a document's number is its place in that order: the ranking's
  // last rule (Meilisearch's `tiebreak:asc`) is then `a - b`, with no extra column in the index.
  const docs = [...given].sort((a, b) => a.tiebreak - b.tiebreak);
  const stop = new Set(words.stopWords);
  const fields = words.needs ? DOC_FIELDS : ALL_FIELDS;
  const mini = new MiniSearch(miniOptions(stop, fields));
  mini.addAll(docs.map((d, i) => ({ ...d, i })));
  let needIndex: EmbeddedIndexJson['needIndex'] = null;
  if (words.needs) {
    const needMini = new MiniSearch(miniOptions(stop, NEED_FIELDS));
    needMini.addAll(words.needs.map((n, i) => ({ i, needLabels: n.label, needPhrases: n.phrases })));
    needIndex = { ids: words.needs.map((n) => n.id), minisearch: compactMini(needMini.toJSON()) };
  }
  const needPhrases = words.needs ? Object.fromEntries(words.needs.map((n) => [n.id, [...n.phrases]])) : undefined;
  // Meilisearch's exactness rule also sees a description that starts with the query ("Messy play, ..." for
  // "messy play"). Only the start is kept: queries are short, and the index stays small.
  const leads = docs.map((d) => leadingText(d.description));
  const descriptionStarts = leads.map((l) => l.text);
  const descriptionsCut = leads.flatMap((l, i) => (l.cut ? [i] : []));
  // Meilisearch matches a synonym phrase only where its words are neighbours (phrases.ts).
  const fieldTexts = docs.map((d) => ALL_FIELDS.map((f) => d[f] ?? ''));
  const wordSets = fieldTexts.map((fs) => new Set(fs.flatMap((f) => tokenise(typeof f === 'string' ? f : f.join(' ')))));
  const misses = phraseMisses(synonymPhrases(words.synonyms, stop), fieldTexts, (i, w) => wordSets[i]!.has(w));
  const needLabels: Record<string, string> = {};
  for (const d of docs) d.needs.forEach((id, k) => (needLabels[id] ??= d.needLabels[k] ?? id));
  return {
    format: EMBEDDED_FORMAT,
    synonyms: words.synonyms,
    exact: [...words.exact],
    stopWords: [...words.stopWords],
    needLabels,
    docs: toColumns<CompactDoc>(docs, STORED_FIELDS),
    fields,
    minisearch: compactMini(mini.toJSON()),
    needIndex,
    ...(needPhrases ? { needPhrases } : {}),
    descriptionStarts,
    descriptionsCut,
    phraseMisses: misses,
  };
}

export function loadEmbeddedIndex(json: EmbeddedIndexJson | string): EmbeddedIndex {
  const data: EmbeddedIndexJson = typeof json === 'string' ? JSON.parse(json) : json;
  if (data.format !== EMBEDDED_FORMAT)
    throw new Error(`The search index has format ${String(data.format)}, but this site reads format ${EMBEDDED_FORMAT}. Rebuild the site.`);
  const stopWords = new Set(data.stopWords);
  const docs = fromColumns(data.docs).map(
    (d): StoredDoc => ({ id: documentId(d.serviceId, d.venue), ...d, needLabels: d.needs.map((n) => data.needLabels[n] ?? n) }),
  );
  const serviceNos = new Map<string, number>();
  const serviceNo = Int32Array.from(docs, (d) => {
    let n = serviceNos.get(d.serviceId);
    if (n === undefined) serviceNos.set(d.serviceId, (n = serviceNos.size));
    return n;
  });
  const docsWithNeed = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const n of d.needs) {
      const list = docsWithNeed.get(n);
      if (list) list.push(i);
      else docsWithNeed.set(n, [i]);
    }
  });
  const docsByNeed = (data.needIndex?.ids ?? []).map((id) => docsWithNeed.get(id) ?? []);
  return {
    docs,
    fields: data.fields,
    needTerms: data.needIndex
      ? {
          terms: loadTermIndex(data.needIndex.minisearch),
          boosts: boostsById(data.needIndex.minisearch),
          ranks: ranksById(data.needIndex.minisearch),
        }
      : null,
    ranks: ranksById(data.minisearch),
    needPhrases: data.needPhrases ?? {},
    descriptionStarts: data.descriptionStarts ?? [],
    descriptionsCut: new Set(data.descriptionsCut ?? []),
    phraseMisses: new Map(Object.entries(data.phraseMisses ?? {}).map(([p, ds]) => [p, new Set(ds)])),
    docsByNeed,
    docsWithNeed,
    needIds: data.needIndex?.ids ?? [],
    needLabelOf: data.needLabels,
    facets: facetTable(docs, (d) => d.serviceId),
    serviceNo,
    serviceCount: serviceNos.size,
    zeros: { words: new Int32Array(docs.length), score: new Float64Array(docs.length) },
    clauses: clauseTable(docs),
    terms: loadTermIndex(data.minisearch),
    boosts: boostsById(data.minisearch),
    synonyms: data.synonyms,
    exact: new Set(data.exact),
    stopWords,
  };
}

export function searchEmbedded(index: EmbeddedIndex, query: Query): SearchResults {
  const here = query.near;
  const allowed = index.clauses.select(filterClauses(query));
  const groups = query.q.trim() === '' ? { groups: [], spans: [] } : queryWords(query.q, index.synonyms, index.stopWords);
  const { docs: matched, words, score } = groups.groups.length === 0 ? allAllowed(allowed, index.zeros) : matchWords(index, groups, allowed, query.q);
  // Distances only when there is a place, and only for the documents that match.
  const miles = here ? index.clauses.milesFrom(here, matched) : index.zeros.score;

  const byDistance = query.sort === 'distance' && here !== undefined;
  // Query understanding's need signal: services with a need the words point to come first (nothing is hidden).
  const boost = query.boostNeeds.length > 0 ? new Set(query.boostNeeds) : undefined;
  const tiers = boost ? new Uint8Array(index.docs.length) : undefined;
  // From each boosted need's documents rather than each match's needs: a broad search matches thousands.
  if (boost && tiers) for (const n of boost) for (const i of index.docsWithNeed.get(n) ?? []) tiers[i] = 1;
  const tier = tiers ? (i: number) => tiers[i]! : () => 0;
  const before = (a: number, b: number) =>
    tier(b) - tier(a) ||
    words[b]! - words[a]! ||
    (byDistance ? miles[a]! - miles[b]! : 0) ||
    score[b]! - score[a]! ||
    // Same relevance: the nearer venue, then the directory's final order (`tiebreak`, as stored).
    (here ? miles[a]! - miles[b]! : 0) ||
    a - b;

  // One result per service: its best-ranked venue (so the nearest when sorting by distance).
  const best = new Int32Array(index.serviceCount).fill(-1);
  const services: number[] = [];
  for (const i of matched) {
    const s = index.serviceNo[i]!;
    const current = best[s]!;
    if (current < 0) services.push(s);
    if (current < 0 || before(i, current) < 0) best[s] = i;
  }
  const total = services.length;
  const start = (query.page - 1) * query.size;
  // Only the services up to the end of this page need putting in order.
  const page = firstInOrder(
    services.map((s) => best[s]!),
    start + query.size,
    before,
  ).slice(start);
  const facets = index.facets.count(matched);
  const boosted = boost ? services.reduce((n, s) => n + tier(best[s]!), 0) : undefined;
  const hits = page.map((i): SearchHit => {
    const { status: _s, review: _r, ...fields } = index.docs[i]!;
    return here && Number.isFinite(miles[i]) ? { ...fields, distanceMiles: Math.round(miles[i]! * 100) / 100 } : fields;
  });
  return {
    hits,
    total,
    page: query.page,
    size: query.size,
    totalPages: Math.ceil(total / query.size),
    facets,
    engine: 'embedded',
    ...(boosted !== undefined ? { boosted } : {}),
  };
}

/** A document's searchable fields as the index keeps them: all but the description, of which its start. */
function keptTexts(index: EmbeddedIndex, i: number): Record<SearchableField, string | readonly string[]> {
  const d = index.docs[i]!;
  return {
    name: d.name,
    needLabels: d.needLabels,
    needPhrases: d.needs.flatMap((n) => index.needPhrases[n] ?? []),
    summary: d.summary,
    organization: d.organization,
    eligibility: d.eligibility ?? '',
    venueName: d.venueName ?? '',
    description: index.descriptionStarts[i] ?? '',
    town: d.town ?? '',
    postcode: d.postcode ?? '',
  };
}

/**
 * One document's fields in searchable-attributes order, as the exactness rule reads them: made the first time a
 * search ranks that document and kept, so a first search pays only for the documents it ranks, not all of them.
 */
function exactStartsAt(index: EmbeddedIndex, i: number): ExactStarts {
  const all = (index.exactStarts ??= new Array<ExactStarts | undefined>(index.docs.length));
  let starts = all[i];
  if (starts === undefined) {
    const description = ALL_FIELDS.indexOf('description');
    const text = keptTexts(index, i);
    const partial = index.descriptionsCut.has(i) || index.descriptionStarts[i] === undefined ? new Set([description]) : undefined;
    starts = all[i] = exactStarts(
      ALL_FIELDS.map((f) => text[f]),
      index.stopWords,
      partial,
    );
  }
  return starts;
}

/**
 * The documents with `left` and `right` side by side in a kept text, with the best field rank: in their own
 * fields, or in a need's label or phrases (every document with that need).
 */
function neighbourDocs(index: EmbeddedIndex, left: string, right: string): Map<number, number> {
  // Every word of a kept text is also a term of the term indexes (same fields, same tokeniser: embedded.test.ts
  // checks it), so a cut whose halves are not both terms has no neighbours, and needs no pair index. Most
  // words have no such cut: only a search with a real joined-up word ("youthclub") builds it.
  const known = (w: string) => index.terms.terms.get(w) !== undefined || index.needTerms?.terms.terms.get(w) !== undefined;
  if (!known(left) || !known(right)) return new Map();
  index.pairs ??= {
    // Need text once per need, not once per document.
    docs: buildPairIndex(
      index.docs.map((_, i) => {
        const text = keptTexts(index, i);
        return ALL_FIELDS.map((f) => (NEED_FIELDS.includes(f) ? undefined : text[f]));
      }),
      index.stopWords,
    ),
    needs: buildPairIndex(
      index.needIds.map((id) =>
        ALL_FIELDS.map((f) => (f === 'needLabels' ? (index.needLabelOf[id] ?? '') : f === 'needPhrases' ? (index.needPhrases[id] ?? []) : undefined)),
      ),
      index.stopWords,
    ),
  };
  const out = neighbours(index.pairs.docs, left, right);
  for (const [k, rank] of neighbours(index.pairs.needs, left, right)) {
    for (const i of index.docsByNeed[k] ?? []) if ((out.get(i) ?? 99) > rank) out.set(i, rank);
  }
  return out;
}

/** A rank past every field: "matched in no field yet". */
const NO_FIELD = 99;

function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v; v &= v - 1) c++;
  return c;
}

/** The documents that match and how they rank: `words` leading query words matched, then `score`. */
interface Matches {
  docs: number[];
  words: Int32Array;
  score: Float64Array;
}

/** With no words to match, every document the filters let through, all ranked equal (`zeros` is all 0). */
function allAllowed(allowed: Uint8Array, zeros: { words: Int32Array; score: Float64Array }): Matches {
  const docs: number[] = [];
  for (let i = 0; i < allowed.length; i++) if (allowed[i]) docs.push(i);
  return { docs, ...zeros };
}

/** The first `k` items in order, without sorting them all (k is one page's end, items can be thousands). */
export function firstInOrder<T>(items: T[], k: number, before: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return items.sort(before).slice(0, k);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && before(item, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(item, top[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * Meilisearch's "last" matching strategy over word groups: a document qualifies when it matches the first
 * word group, and ranks by how many leading groups it matches (all words first, then all but the last...).
 * Typos follow Meilisearch's thresholds; the last word also matches as a prefix ("nurs" finds "nursery").
 */
function matchWords(index: EmbeddedIndex, query: ReturnType<typeof queryWords>, allowed: Uint8Array, typedQuery: string): Matches {
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
