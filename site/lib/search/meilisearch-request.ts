/**
 * The query model as a Meilisearch search request (meilisearch-js 0.62 `SearchParams`). Pure: the filter is
 * rendered from the shared clauses in filters.ts, so Meilisearch and the embedded engine filter alike.
 * The filter strings are pinned by tests/golden/meilisearch-request.test.ts.
 */
import type { SearchParams } from 'meilisearch';
import { FACETS } from './facets.ts';
import { filterClauses, METRES_PER_MILE, type Clause } from './filters.ts';
import type { Query } from './query.ts';

/**
 * How many of the query's words a service must match: "last" drops words from the end of the query until
 * something matches, so the first words count most. The embedded engine does the same.
 */
export const MATCHING_STRATEGY = 'last' as const;

export interface MeilisearchRequest extends SearchParams {
  q: string;
  filter: string;
  sort: string[];
  facets: string[];
  page: number;
  hitsPerPage: number;
}

export interface RequestContext {
  /** Facets to count; every facet by default. Empty for none (cheaper, e.g. the CLI). */
  facets?: readonly string[];
}

export function toMeilisearchRequest(query: Query, ctx: RequestContext = {}): MeilisearchRequest {
  return {
    q: query.q,
    filter: filterClauses(query).map(renderClause).join(' AND '),
    sort: query.sort === 'distance' && query.near ? [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`] : [],
    facets: [...(ctx.facets ?? FACETS)],
    page: query.page,
    hitsPerPage: query.size,
    matchingStrategy: MATCHING_STRATEGY,
  };
}

/**
 * Query understanding's need signal on Meilisearch, which has no query-time boost: two requests over
 * disjoint halves of the results, the services with a boosted need (ranked first) and the rest. Each half
 * is ranked by Meilisearch's own rules, exactly as the embedded engine ranks within its tiers.
 */
export function boostTierRequests(query: Query, ctx: RequestContext = {}): { boosted: MeilisearchRequest; rest: MeilisearchRequest } | undefined {
  // No boost, or one that cannot reorder anything: every result has one of the needs filtered on, all boosted.
  if (query.boostNeeds.length === 0 || (query.needs.length > 0 && query.needs.every((n) => query.boostNeeds.includes(n)))) return undefined;
  const base = toMeilisearchRequest(query, ctx);
  const needs = `needs IN [${query.boostNeeds.map(literal).join(', ')}]`;
  const and = (extra: string) => (base.filter ? `${base.filter} AND ${extra}` : extra);
  return { boosted: { ...base, filter: and(needs) }, rest: { ...base, filter: and(`NOT ${needs}`) } };
}

/** One clause in Meilisearch's filter syntax. Values are quoted, so no id can break out of its string. */
export function renderClause(clause: Clause): string {
  switch (clause.op) {
    case 'any': {
      const values = clause.values.map(literal);
      return values.length === 1 ? `${clause.field} = ${values[0]}` : `${clause.field} IN [${values.join(', ')}]`;
    }
    case 'lte':
      return `${clause.field} <= ${clause.value}`;
    case 'gte':
      return `${clause.field} >= ${clause.value}`;
    case 'near':
      // Services with no venue (online, phone) reach everyone, so a radius never hides them.
      return `(_geoRadius(${clause.point.lat}, ${clause.point.lng}, ${Math.round(clause.miles * METRES_PER_MILE)}) OR has_venue = false)`;
  }
}

function literal(value: string | boolean): string {
  return typeof value === 'boolean' ? String(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
