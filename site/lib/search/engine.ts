/**
 * The search engine port, and its two adapters. The site uses Meilisearch when it was configured at build
 * time (PUBLIC_MEILI_URL and a search-only key), and the embedded index otherwise; when Meilisearch does not
 * answer, it falls back to the embedded index and says so. Browser-safe: no node: imports.
 */
import type { SearchResponse } from 'meilisearch';
import { searchEmbedded } from './embedded.ts';
import type { EmbeddedIndex } from './embedded-index.ts';
import { FACETS, type FacetCounts } from './facets.ts';
import { haversineMiles, METRES_PER_MILE } from './filters.ts';
import { boostTierRequests, toMeilisearchRequest, type MeilisearchRequest } from './meilisearch-request.ts';
import type { Query } from './query.ts';
import type { EngineName, HitFields, SearchHit, SearchResults } from './results.ts';

export interface SearchEngine {
  readonly name: EngineName;
  search(query: Query): Promise<SearchResults>;
}

export const FALLBACK_NOTICE =
  'Our main search is not answering just now, so these results come from a copy of the directory kept on this site. They may be slightly out of date.';

/** The embedded engine. The index loads on first use (in the browser, a fetch of the static JSON). */
export function embeddedEngine(load: () => EmbeddedIndex | Promise<EmbeddedIndex>): SearchEngine {
  let index: Promise<EmbeddedIndex> | undefined;
  return {
    name: 'embedded',
    async search(query) {
      index ??= Promise.resolve(load()).catch((e: unknown) => {
        index = undefined; // try again next time, e.g. after a network blip
        throw e;
      });
      return searchEmbedded(await index, query);
    },
  };
}

/** Sends one search request to Meilisearch. A port, so tests can stand in for the server. */
export type MeilisearchSearcher = (request: MeilisearchRequest) => Promise<SearchResponse<HitFields & { _geoDistance?: number }>>;

export interface MeilisearchEngineOptions {
  /** e.g. https://search.example.org */
  host: string;
  /** A search-only key restricted to the index. Never the master or admin key. */
  searchKey: string;
  indexUid: string;
  /** Used when Meilisearch does not answer. */
  fallback: SearchEngine;
  /** Give up on Meilisearch after this long; default 3 seconds. */
  timeoutMs?: number;
  /** For tests; by default meilisearch-js. */
  searcher?: MeilisearchSearcher;
  /** Told when Meilisearch failed and the fallback answered (for logs or analytics). */
  onFallback?: (error: unknown) => void;
}

export function meilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const searcher = options.searcher ?? meilisearchJsSearcher(options);
  return {
    name: 'meilisearch',
    async search(query) {
      try {
        const tiers = boostTierRequests(query);
        if (tiers) return await searchInTiers(searcher, tiers, query);
        return fromMeilisearch(await searcher(toMeilisearchRequest(query)), query);
      } catch (error) {
        options.onFallback?.(error);
        const results = await options.fallback.search(query);
        return { ...results, notice: FALLBACK_NOTICE };
      }
    },
  };
}

function meilisearchJsSearcher(options: MeilisearchEngineOptions): MeilisearchSearcher {
  let index: Promise<{ search: (q: string, p: MeilisearchRequest) => Promise<unknown> }> | undefined;
  return async (request) => {
    // Loaded only when Meilisearch is configured, so sites on the embedded engine never download it.
    index ??= import('meilisearch').then(({ Meilisearch }) =>
      new Meilisearch({ host: options.host, apiKey: options.searchKey, timeout: options.timeoutMs ?? 3000 }).index(options.indexUid),
    );
    const { q, ...params } = request;
    return (await (await index).search(q, { ...params, q } as MeilisearchRequest)) as Awaited<ReturnType<MeilisearchSearcher>>;
  };
}

/**
 * The boosted services first, then the rest: one page across the two. The first round asks for this
 * page of the boosted half and only the count and facets of the rest; a second asks for the rest's share of
 * the page, from the right offset, when the boosted half does not fill it.
 */
async function searchInTiers(
  searcher: MeilisearchSearcher,
  tiers: NonNullable<ReturnType<typeof boostTierRequests>>,
  query: Query,
): Promise<SearchResults> {
  const [first, restCount] = await Promise.all([searcher(tiers.boosted), searcher({ ...tiers.rest, page: 1, hitsPerPage: 0 })]);
  const a = fromMeilisearch(first, query);
  const b = fromMeilisearch(restCount, query);
  const start = (query.page - 1) * query.size;
  let restHits: SearchHit[] = [];
  const wanted = query.size - a.hits.length;
  if (wanted > 0 && b.total > 0) {
    const { page: _p, hitsPerPage: _h, ...params } = tiers.rest;
    const offset = Math.max(0, start - a.total);
    const more = await searcher({ ...params, facets: [], offset, limit: wanted } as unknown as MeilisearchRequest);
    restHits = fromMeilisearch(more, query).hits;
  }
  const total = a.total + b.total;
  const facets = Object.fromEntries(
    FACETS.map((f) => {
      const sum: Record<string, number> = { ...a.facets[f] };
      for (const [v, n] of Object.entries(b.facets[f])) sum[v] = (sum[v] ?? 0) + n;
      return [f, sum];
    }),
  ) as FacetCounts;
  return {
    hits: [...a.hits, ...restHits].slice(0, query.size),
    total,
    page: query.page,
    size: query.size,
    totalPages: Math.ceil(total / query.size),
    facets,
    engine: 'meilisearch',
    boosted: a.total,
  };
}

/** Meilisearch's answer in the shape both engines share. */
export function fromMeilisearch(response: Awaited<ReturnType<MeilisearchSearcher>>, query: Query): SearchResults {
  const hits = response.hits.map((raw): SearchHit => {
    const { _geoDistance, _formatted: _f, _matchesPosition: _m, _rankingScore: _r, _rankingScoreDetails: _d, _federation: _fe, ...fields } = raw;
    const miles =
      _geoDistance !== undefined ? _geoDistance / METRES_PER_MILE : query.near && fields._geo ? haversineMiles(query.near, fields._geo) : undefined;
    return miles === undefined ? (fields as HitFields) : { ...(fields as HitFields), distanceMiles: Math.round(miles * 100) / 100 };
  });
  const distribution = response.facetDistribution ?? {};
  const facets = Object.fromEntries(FACETS.map((f) => [f, { ...(distribution[f] ?? {}) }])) as FacetCounts;
  const total = response.totalHits ?? response.estimatedTotalHits ?? hits.length;
  return {
    hits,
    total,
    page: query.page,
    size: query.size,
    totalPages: response.totalPages ?? Math.ceil(total / query.size),
    facets,
    engine: 'meilisearch',
  };
}

/** The site's choice: Meilisearch when configured at build time, with the embedded index behind it. */
export function chooseEngine(
  config: { meiliUrl?: string | undefined; searchKey?: string | undefined; indexUid?: string },
  embedded: SearchEngine,
): SearchEngine {
  if (!config.meiliUrl || !config.searchKey) return embedded;
  return meilisearchEngine({ host: config.meiliUrl, searchKey: config.searchKey, indexUid: config.indexUid ?? 'services', fallback: embedded });
}
