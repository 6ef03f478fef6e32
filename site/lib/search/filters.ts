/**
 * The search semantics both engines share, written once. The Meilisearch request renders these clauses as a
 * filter string; the embedded engine evaluates them over its documents. If the two ever disagree, the
 * contract suite (tests/contract) says so.
 */
import type { Point, Query } from './query.ts';

export const METRES_PER_MILE = 1609.344;
const EARTH_RADIUS_MILES = 3958.7613;

/** The fields a filter can look at: a subset of the search document. */
export interface FilterableDoc {
  needs: string[];
  age_min: number;
  age_max: number;
  send_max: number;
  localities: string[];
  cost: string;
  access: string[];
  delivery: string[];
  level: string;
  languages: string[];
  days: string[];
  hub: boolean;
  has_venue: boolean;
  status: string;
  review: string;
  _geo?: Point | undefined;
}

type FieldName = Exclude<keyof FilterableDoc, '_geo'>;

/** One condition. A search matches when every clause does. */
export type Clause =
  /** The field (a value or a list of values) has any of these values. */
  | { op: 'any'; field: FieldName; values: (string | boolean)[] }
  | { op: 'lte' | 'gte'; field: FieldName; value: number }
  /** Within `miles` of the point, or a service with no venue (online or phone: it reaches everyone). */
  | { op: 'near'; point: Point; miles: number };

/**
 * Only services families can use today: closed services and listings lapsed past their review grace
 * period leave search; overdue ones stay (they are flagged to their provider, not hidden from families).
 */
export const PUBLIC_CLAUSES: readonly Clause[] = [
  { op: 'any', field: 'status', values: ['active'] },
  { op: 'any', field: 'review', values: ['current', 'overdue'] },
];

export function filterClauses(query: Query): Clause[] {
  const c: Clause[] = [...PUBLIC_CLAUSES];
  if (query.needs.length > 0) c.push({ op: 'any', field: 'needs', values: query.needs });
  // Age overlap: a child aged a (or a range) fits when minimum_age <= oldest asked and the
  // effective maximum >= youngest asked. With SEND on, the effective maximum is the SEND maximum.
  if (query.ageMax !== undefined) c.push({ op: 'lte', field: 'age_min', value: query.ageMax });
  if (query.ageMin !== undefined) c.push({ op: 'gte', field: query.send ? 'send_max' : 'age_max', value: query.ageMin });
  if (query.locality) c.push({ op: 'any', field: 'localities', values: [query.locality] });
  if (query.near && query.radius) c.push({ op: 'near', point: { lat: query.near.lat, lng: query.near.lng }, miles: query.radius });
  if (query.free) c.push({ op: 'any', field: 'cost', values: ['free'] });
  if (query.access.length > 0) c.push({ op: 'any', field: 'access', values: query.access });
  if (query.delivery.length > 0) c.push({ op: 'any', field: 'delivery', values: query.delivery });
  if (query.level) c.push({ op: 'any', field: 'level', values: [query.level] });
  if (query.language) c.push({ op: 'any', field: 'languages', values: [query.language] });
  if (query.day) c.push({ op: 'any', field: 'days', values: [query.day] });
  if (query.hubs) c.push({ op: 'any', field: 'hub', values: [true] });
  return c;
}

export function matchesClause(doc: FilterableDoc, clause: Clause): boolean {
  switch (clause.op) {
    case 'any': {
      const v = doc[clause.field];
      return Array.isArray(v) ? v.some((x) => clause.values.includes(x)) : clause.values.includes(v as string | boolean);
    }
    case 'lte':
      return (doc[clause.field] as number) <= clause.value;
    case 'gte':
      return (doc[clause.field] as number) >= clause.value;
    case 'near':
      return !doc.has_venue || (doc._geo !== undefined && haversineMiles(clause.point, doc._geo) <= clause.miles);
  }
}

export function matchesAll(doc: FilterableDoc, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => matchesClause(doc, c));
}

/**
 * matchesAll for every document of a fixed list at once (the embedded engine runs it on every keystroke over
 * thousands of documents). Each field's values are gathered once, value → a bit set of the documents that
 * have it, so an "any" clause is an OR of bit sets and the clauses an AND; only ages and distance are
 * compared document by document. Same meaning as matchesAll: filters.test.ts checks the two agree.
 */
export function clauseTable<D extends FilterableDoc>(docs: readonly D[]) {
  const n = docs.length;
  const words = (n + 31) >>> 5;
  const sets = new Map<FieldName, Map<unknown, Uint32Array>>();
  const setsOf = (field: FieldName) => {
    let byValue = sets.get(field);
    if (byValue) return byValue;
    byValue = new Map();
    for (let i = 0; i < n; i++) {
      const v = docs[i]![field];
      for (const x of Array.isArray(v) ? v : [v]) {
        let set = byValue.get(x);
        if (!set) byValue.set(x, (set = new Uint32Array(words)));
        set[i >>> 5]! |= 1 << (i & 31);
      }
    }
    sets.set(field, byValue);
    return byValue;
  };
  const numbers = new Map<FieldName, Float64Array>();
  const numbersOf = (field: FieldName) => {
    let col = numbers.get(field);
    if (!col) numbers.set(field, (col = Float64Array.from(docs, (d) => d[field] as number)));
    return col;
  };
  const hasVenue = Uint8Array.from(docs, (d) => (d.has_venue ? 1 : 0));
  // Venues' coordinates in flat arrays (NaN without a venue), with the cosine of each latitude.
  const lat = Float64Array.from(docs, (d) => d._geo?.lat ?? NaN);
  const lng = Float64Array.from(docs, (d) => d._geo?.lng ?? NaN);
  const cosLat = lat.map((x) => Math.cos(x * RADIANS));
  const hasGeo = Uint8Array.from(docs, (d) => (d._geo ? 1 : 0));
  // The last place searched near: people refine a search around one postcode, so keep its distances.
  // Each is worked out when first needed: a radius only needs the documents the other clauses let through.
  let near: { lat: number; lng: number; cos: number } | undefined;
  let miles = new Float64Array(0);
  const milesFrom = (point: Point, docsNeeded: Iterable<number>): Float64Array => {
    if (near?.lat !== point.lat || near.lng !== point.lng) {
      near = { lat: point.lat, lng: point.lng, cos: Math.cos(point.lat * RADIANS) };
      if (miles.length !== n) miles = new Float64Array(n);
      miles.fill(NaN);
    }
    for (const i of docsNeeded) {
      if (Number.isNaN(miles[i]!)) miles[i] = hasGeo[i] ? haversineWithCosines(near, near.cos, lat[i]!, lng[i]!, cosLat[i]!) : Infinity;
    }
    return miles;
  };
  return {
    /**
     * Miles from `point` to each document's venue (Infinity without one), filled in for `docsNeeded`.
     * The array is kept for the next search near the same point, and overwritten by one near another.
     */
    milesFrom,
    /** 1 for each document that matches every clause, 0 for the others. */
    select(clauses: readonly Clause[]): Uint8Array {
      const bits = new Uint32Array(words).fill(0xffffffff);
      const clear = (i: number) => (bits[i >>> 5]! &= ~(1 << (i & 31)));
      // Distance last, so it is only worked out for documents every other clause lets through.
      for (const clause of [...clauses.filter((c) => c.op !== 'near'), ...clauses.filter((c) => c.op === 'near')]) {
        if (clause.op === 'any') {
          const byValue = setsOf(clause.field);
          const any = new Uint32Array(words);
          for (const v of clause.values) {
            const set = byValue.get(v);
            if (set) for (let w = 0; w < words; w++) any[w]! |= set[w]!;
          }
          for (let w = 0; w < words; w++) bits[w]! &= any[w]!;
        } else if (clause.op === 'near') {
          const candidates: number[] = [];
          for (let i = 0; i < n; i++) if ((bits[i >>> 5]! >>> (i & 31)) & 1 && hasVenue[i]) candidates.push(i);
          const miles = milesFrom(clause.point, candidates);
          for (const i of candidates) if (!(miles[i]! <= clause.miles)) clear(i);
        } else {
          // Comparing with a number, a Float64Array holds what <= and >= would convert each value to.
          const col = numbersOf(clause.field);
          const { value } = clause;
          if (clause.op === 'lte') for (let i = 0; i < n; i++) if (!(col[i]! <= value)) clear(i);
          if (clause.op === 'gte') for (let i = 0; i < n; i++) if (!(col[i]! >= value)) clear(i);
        }
      }
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = (bits[i >>> 5]! >>> (i & 31)) & 1;
      return out;
    },
  };
}

/** Great-circle distance in miles (Meilisearch's _geoRadius and _geoPoint use the same haversine formula). */
export function haversineMiles(a: Point, b: Point): number {
  return haversineWithCosines(a, Math.cos(a.lat * RADIANS), b.lat, b.lng, Math.cos(b.lat * RADIANS));
}

const RADIANS = Math.PI / 180;

/** The haversine formula given the cosines of both latitudes, so a list of venues can keep theirs. */
function haversineWithCosines(a: Point, cosA: number, lat: number, lng: number, cosB: number): number {
  const dLat = (lat - a.lat) * RADIANS;
  const dLng = (lng - a.lng) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---------------------------------------------------------------------------------------------------------
// Facets

/** The filters a results page offers counts for. */
export const FACETS = ['needs', 'level', 'access', 'delivery', 'cost', 'languages', 'localities', 'days', 'hub'] as const;
export type FacetName = (typeof FACETS)[number];
export type FacetCounts = Record<FacetName, Record<string, number>>;

/**
 * Count each facet value over a list of documents. With `keyOf`, a value counts once per key, so a service
 * at three venues counts once (and once under each value any of its venues has).
 */
export function countFacets<D extends FilterableDoc>(docs: readonly D[], keyOf?: (doc: D) => string): FacetCounts {
  const out = Object.fromEntries(FACETS.map((f) => [f, {} as Record<string, number>])) as FacetCounts;
  const add = (f: FacetName, values: Iterable<unknown>) => {
    const counts = out[f];
    for (const x of values) counts[String(x)] = (counts[String(x)] ?? 0) + 1;
  };
  const valuesOf = (doc: D, f: FacetName): unknown[] => {
    const v = doc[f];
    return Array.isArray(v) ? (v.length > 1 ? [...new Set(v)] : v) : [v];
  };
  // Most services have one venue, so grouping is cheap; only services at several venues need a union.
  const groups = new Map<string, D[]>();
  docs.forEach((doc, i) => {
    const key = keyOf ? keyOf(doc) : String(i);
    const g = groups.get(key);
    if (g) g.push(doc);
    else groups.set(key, [doc]);
  });
  for (const g of groups.values()) {
    for (const f of FACETS) add(f, g.length === 1 ? valuesOf(g[0]!, f) : new Set(g.flatMap((d) => valuesOf(d, f))));
  }
  return out;
}

/**
 * The same counts as countFacets, precomputed for a fixed list of documents so each search only adds up
 * small integers (the embedded engine runs this on every keystroke over thousands of documents).
 * `groupOf` numbers each document's service; a service counts once per value.
 */
export function facetTable<D extends FilterableDoc>(docs: readonly D[], groupOf: (doc: D) => string) {
  const n = docs.length;
  const keys: [FacetName, string][] = [];
  const keyIds = new Map<string, number>();
  const group = new Int32Array(n);
  const groupIds = new Map<string, number>();
  // Each document's facet values, as key numbers: document i's are keyList[keyStart[i]] to keyList[keyStart[i + 1] - 1].
  const keyStart = new Int32Array(n + 1);
  const keyList: number[] = [];
  docs.forEach((doc, i) => {
    const g = groupOf(doc);
    let gid = groupIds.get(g);
    if (gid === undefined) groupIds.set(g, (gid = groupIds.size));
    group[i] = gid;
    for (const f of FACETS) {
      const v = doc[f];
      for (const x of new Set(Array.isArray(v) ? v : [v])) {
        const k = `${f}|${String(x)}`;
        let id = keyIds.get(k);
        if (id === undefined) {
          keyIds.set(k, (id = keys.length));
          keys.push([f, String(x)]);
        }
        keyList.push(id);
      }
    }
    keyStart[i + 1] = keyList.length;
  });
  const keyOf = Int32Array.from(keyList);
  const groupSize = new Int32Array(groupIds.size);
  for (const g of group) groupSize[g]!++;
  // Venues of services with several, one service after another, so a value already counted for the
  // service is recognised by remembering only the last service counted under it.
  const sharedInGroupOrder = Int32Array.from([...docs.keys()].filter((i) => groupSize[group[i]!]! > 1)).sort((a, b) => group[a]! - group[b]! || a - b);
  return {
    /** Counts over the documents numbered in `matched` (any order). */
    count(matched: Iterable<number>): FacetCounts {
      const counts = new Int32Array(keys.length);
      const isMatched = new Uint8Array(n);
      // Most services have one venue: their values count straight away.
      for (const i of matched) {
        if (groupSize[group[i]!] === 1) for (let p = keyStart[i]!; p < keyStart[i + 1]!; p++) counts[keyOf[p]!]!++;
        else isMatched[i] = 1;
      }
      const lastGroup = new Int32Array(keys.length).fill(-1);
      for (const i of sharedInGroupOrder) {
        if (isMatched[i] === 0) continue;
        const g = group[i]!;
        for (let p = keyStart[i]!; p < keyStart[i + 1]!; p++) {
          const k = keyOf[p]!;
          if (lastGroup[k] === g) continue;
          lastGroup[k] = g;
          counts[k]!++;
        }
      }
      const out = Object.fromEntries(FACETS.map((f) => [f, {} as Record<string, number>])) as FacetCounts;
      keys.forEach(([f, v], k) => {
        if (counts[k]! > 0) out[f][v] = counts[k]!;
      });
      return out;
    },
  };
}

/** Facet values most common first, then A to Z: Meilisearch's `sortFacetValuesBy: count`. */
export function sortFacetValues(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------
// Words: tokens, stop words, typos, synonyms

/**
 * Words too common to help, for both engines: the glue of a question ("where can I get help near me").
 * "under" and "over" are kept on purpose: "under 5s" and "over 16" carry meaning in this directory. So are
 * "not", "no", "won't" and "can't" ("won't go to school", "can't afford"), and "needs" ("special needs").
 */
export const STOP_WORDS = [
  'a', 'am', 'an', 'and', 'any', 'are', 'at', 'be', 'can', 'do', 'does', 'find', 'for', 'get', 'has', 'have', 'help',
  'how', 'i', 'in', 'is', 'it', 'looking', 'me', 'my', 'near', 'of', 'on', 'or', 'our', 'some', 'the', 'there', 'to',
  'want', 'we', 'what', 'where', 'who', 'with', 'you', 'your',
] as const;

/**
 * Lower case, accents off, apostrophes dropped ("won't" and "wont" are one word: people type both), and
 * everything else that is not a letter or digit splits words.
 */
export function tokenise(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/**
 * Typos allowed in a word, as Meilisearch counts them: none under 5 letters, 1 from 5 to 8, 2 from 9.
 * Acronyms and postcodes (`exact`) never get typos: "SEN" must not match "SEND"'s neighbours, nor "DN4" "DN5".
 */
export function typoBudget(word: string, exact: ReadonlySet<string>): number {
  if (exact.has(word) || /\d/.test(word)) return 0;
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Synonyms as Meilisearch takes them: a word or phrase (lower case) → its equivalents. */
export type Synonyms = Record<string, string[]>;

export interface ReviewedSynonyms {
  /** Each group's terms all mean the same. */
  groups: string[][];
  /** Words and acronyms that must be matched exactly, with no typo tolerance. */
  exact: string[];
}

/**
 * All synonyms: the reviewed groups, the word forms the directory uses of one stem ("eviction",
 * "evictions"), plus what the needs vocabulary implies: a label's acronym in brackets
 * means the label ("SEND" ↔ "special educational needs and disabilities"), and a hyphenated phrase is the
 * same as its spaced and joined-up forms ("co-parenting", "co parenting", "coparenting").
 */
export function buildSynonyms(needs: readonly { label: string; phrases: readonly string[] }[], reviewed: ReviewedSynonyms, wordForms: readonly (readonly string[])[] = []): Synonyms {
  // Word forms (query understanding's stems, from the directory's own text) join up like reviewed groups.
  const groups: string[][] = [...reviewed.groups.map((g) => g.map(normalisePhrase)), ...wordForms.map((g) => [...g])];
  for (const need of needs) {
    const m = /^(.*?)\s*\(([A-Za-z]{2,8})\)\s*$/.exec(need.label);
    if (m) groups.push([normalisePhrase(m[2]!), normalisePhrase(m[1]!)]);
    for (const phrase of need.phrases) {
      if (phrase.includes('-') && !/\d/.test(phrase)) {
        const p = normalisePhrase(phrase);
        groups.push([p, p.replace(/-/g, ' '), p.replace(/-/g, '')]);
      }
    }
  }
  const out = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.filter((t) => t !== ''))];
    for (const t of terms) {
      const set = out.get(t) ?? new Set<string>();
      for (const u of terms) if (u !== t) set.add(u);
      out.set(t, set);
    }
  }
  return Object.fromEntries([...out].filter(([, v]) => v.size > 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

function normalisePhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Synonyms tokenised once, not on every search, and found by their first word. Keys keep their order in
 * `synonyms`, so a query's words come out in the same order as if every key were tried in turn.
 */
const tokenisedSynonyms = new WeakMap<Synonyms, Map<string, { words: string[]; alternatives: string[] }[]>>();
function synonymsByFirstWord(synonyms: Synonyms) {
  let byFirst = tokenisedSynonyms.get(synonyms);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [key, equivalents] of Object.entries(synonyms)) {
    const words = tokenise(key);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, alternatives: equivalents.flatMap((e) => tokenise(e)) });
    byFirst.set(words[0]!, list);
  }
  tokenisedSynonyms.set(synonyms, byFirst);
  return byFirst;
}

/**
 * The query as groups of alternative words. Each group is one word the person typed; a document "has" that
 * word when it has any word of the group. Synonyms (one word or a phrase of several) add their words to the
 * groups of the words they replace, so "DV" also finds "domestic abuse".
 */
export function queryWordGroups(text: string, synonyms: Synonyms, stopWords: ReadonlySet<string>): string[][] {
  const tokens = tokenise(text);
  const groups = tokens.map((t) => new Set([t]));
  const byFirstWord = synonymsByFirstWord(synonyms);
  for (let i = 0; i < tokens.length; i++) {
    for (const { words, alternatives } of byFirstWord.get(tokens[i]!) ?? []) {
      if (words.length > tokens.length - i || words.some((w, j) => tokens[i + j] !== w)) continue;
      const kept = alternatives.filter((w) => !stopWords.has(w));
      for (let j = 0; j < words.length; j++) for (const w of kept) groups[i + j]!.add(w);
    }
  }
  // Stop words only drop out when other words remain, so "the" alone still searches.
  const keptAt = tokens.map((_, i) => i).filter((i) => !stopWords.has(tokens[i]!));
  const at = keptAt.length > 0 ? keptAt : tokens.map((_, i) => i);
  // Two words typed apart may be one word in a listing ("cyber bullying", "cyberbullying"): like
  // Meilisearch, try each pair of neighbouring words joined up too.
  for (let k = 0; k + 1 < at.length; k++) {
    const joined = tokens[at[k]!]! + tokens[at[k + 1]!]!;
    groups[at[k]!]!.add(joined);
    groups[at[k + 1]!]!.add(joined);
  }
  return at.map((i) => [...groups[i]!]);
}
