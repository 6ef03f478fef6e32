/**
 * The embedded engine: the query model answered in-process (in the browser, the CLI and tests) over a
 * static MiniSearch index built from the same search documents Meilisearch gets. Filters, facets, distance
 * and synonyms come from filters.ts, so the two engines agree; ranking mirrors Meilisearch's rules:
 *   words ("last" strategy: a service must match the query's first words; more words rank higher),
 *   then distance when sorting by it, then typos and fields (MiniSearch's score, weighted by field order).
 * Typos: none under 5 letters, 1 from 5, 2 from 9, on the words as typed only (not synonyms, not acronyms).
 * Here: one search's filters, ranking tiers, order and page. The index it reads (format, build and load) is
 * in embedded-index.ts; which documents match the words, and how well, is in embedded-match.ts.
 * Browser-safe: no node: imports.
 */
import { allAllowed, matchWords } from './embedded-match.ts';
import type { EmbeddedIndex } from './embedded-index.ts';
import { filterClauses } from './filters.ts';
import { queryWords } from './query-words.ts';
import type { Query } from './query.ts';
import type { SearchHit, SearchResults } from './results.ts';

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
