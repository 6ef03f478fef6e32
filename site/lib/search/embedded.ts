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
import { documentId, type SearchDocument } from '../../../indexer/search-document.ts';
import { compactMini, expandMini, fromColumns, toColumns, type Columns, type CompactMini } from './compact-index.ts';
import {
  facetTable,
  filterClauses,
  haversineMiles,
  matchesAll,
  queryWordGroups,
  tokenise,
  typoBudget,
  type Synonyms,
} from './filters.ts';
import type { Query } from './query.ts';
import type { HitFields, SearchHit, SearchResults } from './results.ts';

export const EMBEDDED_FORMAT = 2;

/** Searchable fields and their weights, in Meilisearch's searchableAttributes order (most telling first). */
export const FIELD_BOOSTS = {
  name: 6,
  needLabels: 4,
  needPhrases: 3,
  summary: 3,
  organization: 2,
  eligibility: 1.5,
  venueName: 1.5,
  description: 1,
  town: 1,
  postcode: 1,
} as const;
const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/** A document as the embedded index keeps it: what results and filters need, not the long text. */
export type StoredDoc = HitFields & Pick<SearchDocument, 'status' | 'review'>;

/** Stored without what can be rebuilt on load: the document id (from serviceId and venue) and need labels. */
type CompactDoc = Omit<StoredDoc, 'id' | 'needLabels'>;
const STORED_FIELDS = [
  'serviceId', 'venue', 'name', 'organization', 'summary', 'needs', 'eligibility', 'pregnancy', 'age_min', 'age_max',
  'send_max', 'level', 'access', 'cost', 'delivery', 'languages', 'days', 'localities', 'has_venue', 'venueName',
  'address', 'town', 'postcode', 'approximate', 'hubIds', 'hub', 'status', 'review', '_geo',
] as const satisfies readonly (keyof CompactDoc)[];

export interface EmbeddedIndexJson {
  format: typeof EMBEDDED_FORMAT;
  synonyms: Synonyms;
  exact: string[];
  stopWords: string[];
  /** Need id → label, once, instead of on every document. */
  needLabels: Record<string, string>;
  docs: Columns<CompactDoc>;
  minisearch: CompactMini;
}

export interface EmbeddedIndex {
  docs: StoredDoc[];
  /** Facet counting, precomputed per document (one count per service). */
  facets: ReturnType<typeof facetTable<StoredDoc>>;
  /** Each document's service, numbered. */
  serviceNo: Int32Array;
  mini: MiniSearch;
  synonyms: Synonyms;
  exact: Set<string>;
  stopWords: Set<string>;
}

export interface WordSettings {
  synonyms: Synonyms;
  /** Words never typo-matched (acronyms). */
  exact: readonly string[];
  stopWords: readonly string[];
}

function miniOptions(stopWords: ReadonlySet<string>) {
  return {
    idField: 'i',
    fields: FIELDS,
    storeFields: [],
    tokenize: (text: string) => tokenise(text),
    // Stop words are not indexed (smaller index); at query time the word groups already left them out.
    processTerm: (term: string) => (stopWords.has(term) ? null : term),
    searchOptions: { processTerm: (term: string) => term },
    extractField: (doc: Record<string, unknown>, field: string) => {
      const v = doc[field];
      if (field === 'i') return v; // the document number stays a number
      return Array.isArray(v) ? v.join(' ') : v === undefined ? '' : String(v);
    },
  };
}

/** Build the index (at build time) as plain JSON the site can serve and the browser can load. */
export function buildEmbeddedIndex(docs: readonly SearchDocument[], words: WordSettings): EmbeddedIndexJson {
  const stop = new Set(words.stopWords);
  const mini = new MiniSearch(miniOptions(stop));
  mini.addAll(docs.map((d, i) => ({ ...d, i })));
  const needLabels: Record<string, string> = {};
  for (const d of docs) d.needs.forEach((id, k) => (needLabels[id] ??= d.needLabels[k] ?? id));
  return {
    format: EMBEDDED_FORMAT,
    synonyms: words.synonyms,
    exact: [...words.exact],
    stopWords: [...words.stopWords],
    needLabels,
    docs: toColumns<CompactDoc>(docs, STORED_FIELDS),
    minisearch: compactMini(mini.toJSON()),
  };
}

export function loadEmbeddedIndex(json: EmbeddedIndexJson | string): EmbeddedIndex {
  const data: EmbeddedIndexJson = typeof json === 'string' ? JSON.parse(json) : json;
  if (data.format !== EMBEDDED_FORMAT) throw new Error(`The search index has format ${String(data.format)}, but this site reads format ${EMBEDDED_FORMAT}. Rebuild the site.`);
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
  return {
    docs,
    facets: facetTable(docs, (d) => d.serviceId),
    serviceNo,
    mini: MiniSearch.loadJS(expandMini(data.minisearch), miniOptions(stopWords)),
    synonyms: data.synonyms,
    exact: new Set(data.exact),
    stopWords,
  };
}

interface Ranked {
  i: number;
  words: number;
  score: number;
  distance: number;
}

export function searchEmbedded(index: EmbeddedIndex, query: Query): SearchResults {
  const clauses = filterClauses(query);
  const here = query.near;
  const distanceOf = (d: StoredDoc) => (here && d._geo ? haversineMiles(here, d._geo) : Infinity);
  const groups = query.q.trim() === '' ? [] : queryWordGroups(query.q, index.synonyms, index.stopWords);

  let ranked: Ranked[];
  if (groups.length === 0) {
    ranked = [];
    index.docs.forEach((d, i) => {
      if (matchesAll(d, clauses)) ranked.push({ i, words: 0, score: 0, distance: distanceOf(d) });
    });
  } else {
    ranked = matchWords(index, groups, (i) => matchesAll(index.docs[i]!, clauses)).map((m) => ({ ...m, distance: distanceOf(index.docs[m.i]!) }));
  }

  const byDistance = query.sort === 'distance' && here !== undefined;
  const before = (a: Ranked, b: Ranked) =>
    b.words - a.words ||
    (byDistance ? a.distance - b.distance : 0) ||
    b.score - a.score ||
    // Same relevance: the nearer venue, then the order the directory lists them.
    (here ? a.distance - b.distance : 0) ||
    a.i - b.i;

  // One result per service: its best-ranked venue (so the nearest when sorting by distance).
  const best = new Map<number, Ranked>();
  for (const r of ranked) {
    const s = index.serviceNo[r.i]!;
    const current = best.get(s);
    if (current === undefined || before(r, current) < 0) best.set(s, r);
  }
  const total = best.size;
  const start = (query.page - 1) * query.size;
  // Only the services up to the end of this page need putting in order.
  const page = firstInOrder([...best.values()], start + query.size, before).slice(start);
  const facets = index.facets.count(ranked.map((r) => r.i));
  const hits = page.map((r): SearchHit => {
    const { status: _s, review: _r, ...fields } = index.docs[r.i]!;
    return Number.isFinite(r.distance) ? { ...fields, distanceMiles: Math.round(r.distance * 100) / 100 } : fields;
  });
  return {
    hits,
    total,
    page: query.page,
    size: query.size,
    totalPages: Math.ceil(total / query.size),
    facets,
    engine: 'embedded',
  };
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
function matchWords(index: EmbeddedIndex, groups: string[][], allowed: (i: number) => boolean): { i: number; words: number; score: number }[] {
  // Like Meilisearch, typos are allowed only on the words as typed (not on synonyms or joined-up words),
  // and only the last word as typed is also a prefix ("nurs" finds "nursery").
  const typed = new Set(groups.map((g) => g[0]!));
  const lastWord = groups[groups.length - 1]![0]!;
  const groupsOf = new Map<string, number[]>();
  groups.forEach((g, gi) => g.forEach((w) => groupsOf.set(w, [...(groupsOf.get(w) ?? []), gi])));
  const words = [...groupsOf.keys()];
  const results = index.mini.search(
    { queries: words, combineWith: 'OR' },
    {
      fuzzy: (term) => (typed.has(term) && typoBudget(term, index.exact)) || false,
      maxFuzzy: 2,
      prefix: (term) => term === lastWord && term.length >= 2,
      boost: FIELD_BOOSTS,
      filter: (r) => allowed(r.id as number),
    },
  );
  const out: { i: number; words: number; score: number }[] = [];
  for (const r of results) {
    const matched = new Set(r.queryTerms.flatMap((t) => groupsOf.get(t) ?? []));
    let leading = 0;
    while (leading < groups.length && matched.has(leading)) leading++;
    if (leading > 0) out.push({ i: r.id as number, words: leading, score: r.score });
  }
  return out;
}
