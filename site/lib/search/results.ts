/** What both engines return for a query: the same shape, so the page and the CLI never care which answered. */
import type { SearchDocument } from './search-document.ts';
import type { FacetCounts } from './facets.ts';

/** The fields of a search document a results list shows (Meilisearch's displayedAttributes). */
export type HitFields = Omit<SearchDocument, 'description' | 'needPhrases' | 'status' | 'review'>;

export interface SearchHit extends HitFields {
  /** Miles from the place searched near, when there was one and the service has a venue. */
  distanceMiles?: number;
}

export type EngineName = 'embedded' | 'meilisearch';

export interface SearchResults {
  /** One per service, best first (nearest first when sorting by distance). */
  hits: SearchHit[];
  /** Services matching, across all pages. */
  total: number;
  page: number;
  size: number;
  totalPages: number;
  /** Per facet, value → number of matching services. */
  facets: FacetCounts;
  engine: EngineName;
  /** With Query.boostNeeds: how many of the services (ranked first) have one of those needs. */
  boosted?: number;
  /** Plain English for the person searching when something is not as usual, e.g. a fallback. */
  notice?: string;
}
