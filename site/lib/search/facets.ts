/**
 * Facets: how many matching services have each filter value, counted the same way by both engines (the
 * embedded engine counts here; Meilisearch counts itself, with the same distinct attribute).
 */
import type { FilterableDoc } from './filters.ts';

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
  const sharedInGroupOrder = Int32Array.from([...docs.keys()].filter((i) => groupSize[group[i]!]! > 1)).sort(
    (a, b) => group[a]! - group[b]! || a - b,
  );
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
