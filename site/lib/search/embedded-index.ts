/**
 * The embedded engine's index: its JSON format, built once at build time from the search documents (the
 * site serves it as a static file), and loaded in the browser, the CLI and tests into the working form
 * searchEmbedded (embedded.ts) reads. Building and loading are kept together because they must agree on
 * every field; EMBEDDED_FORMAT names the version both speak. Browser-safe: no node: imports.
 */
import MiniSearch from 'minisearch';
import { documentId, type SearchDocument } from './search-document.ts';
import { FIELD_WEIGHTS, type SearchableField } from './fields.ts';
import { ALL_FIELDS, NEED_FIELDS } from './embedded-fields.ts';
import { compactMini, fromColumns, toColumns, type Columns, type CompactMini } from './compact-index.ts';
import { facetTable } from './facets.ts';
import { clauseTable } from './filters.ts';
import type { Synonyms } from './synonyms.ts';
import { tokenise, tokeniseWithCase } from './words.ts';
import { leadingText, type ExactStarts } from './exact-attribute.ts';
import { phraseMisses, synonymPhrases } from './phrases.ts';
import type { PairIndex } from './splits.ts';
import type { HitFields } from './results.ts';
import { loadTermIndex, type MatchDetail, type TermIndex } from './term-index.ts';

export const EMBEDDED_FORMAT = 3;

/** Searchable fields and their weights come from the one table of field roles (fields.ts). */
type FieldName = SearchableField;
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
