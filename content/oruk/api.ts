import type { LoadedListing } from '../lib/load-directory.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import type { Council } from '../schema/index.ts';
import { paginate } from './paginate.ts';
import { toOrukService, toOrukServiceListItem } from './service.ts';
import { buildTaxonomies, type DfeCategory, type ValueLabels } from './taxonomies.ts';
import type { OrukPage, OrukService } from './types.ts';

export const ORUK_VERSION = '3.0';
/** The UK profile this API follows: the repository its schemas and OpenAPI document are published from. */
export const ORUK_PROFILE = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/';
export const ORUK_OPENAPI = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json';
export const DEFAULT_PAGE_SIZE = 50;

export interface OrukApiInput {
  council: Council;
  vocab: Vocabularies;
  dfe: DfeCategory[];
  listings: LoadedListing[];
  /** The words for levels of need and ways of delivery (from site/i18n/en.ts). */
  labels: ValueLabels;
  pageSize?: number;
}

/** One file of the static API: its path below the site root (e.g. `oruk/services/index.json`) and its body. */
export interface OrukDocument {
  path: string;
  /** Which response schema the body follows, for tests and docs. */
  kind:
    | 'index'
    | 'service'
    | 'service-page'
    | 'service-at-location'
    | 'service-at-location-page'
    | 'taxonomy'
    | 'taxonomy-page'
    | 'taxonomy-term'
    | 'taxonomy-term-page';
  body: unknown;
}

/**
 * Which listings the feed publishes: everything still in the directory, including services that are
 * temporarily closed (with that status, so a consumer can hide them), but not lapsed listings, which nobody
 * has checked for months past their review date and which search has already dropped.
 */
export function exportedListings(listings: LoadedListing[]): LoadedListing[] {
  return listings.filter((l) => l.review.state !== 'lapsed').sort((a, b) => a.id.localeCompare(b.id));
}

function pagesOf<T>(list: string, items: T[], size: number, kind: OrukDocument['kind']): OrukDocument[] {
  const pages = paginate(items, size);
  return [
    { path: `oruk/${list}/index.json`, kind, body: pages[0] as OrukPage<T> },
    ...pages.map((p) => ({ path: `oruk/${list}/page/${p.page_number}.json`, kind, body: p })),
  ];
}

/** Every file of the static ORUK API, built from the loaded directory. Pure: the Astro endpoints only serve it. */
export function buildOrukApi(input: OrukApiInput): OrukDocument[] {
  const size = input.pageSize ?? DEFAULT_PAGE_SIZE;
  const taxonomies = buildTaxonomies(input);
  const ctx = { council: input.council, vocab: input.vocab, taxonomies };
  const services: OrukService[] = exportedListings(input.listings).map((l) => toOrukService(l, ctx));
  const sals = services.flatMap((s) => (s.service_at_locations ?? []).map((sal) => ({ ...sal, service: toOrukServiceListItem(s) })));
  return [
    {
      path: 'oruk/index.json',
      kind: 'index',
      body: { version: ORUK_VERSION, profile: ORUK_PROFILE, openapi_url: ORUK_OPENAPI },
    },
    ...pagesOf('services', services.map(toOrukServiceListItem), size, 'service-page'),
    ...services.map((s) => ({ path: `oruk/services/${s.id}.json`, kind: 'service' as const, body: s })),
    ...pagesOf('service_at_locations', sals, size, 'service-at-location-page'),
    ...sals.map((sal) => ({ path: `oruk/service_at_locations/${sal.id}.json`, kind: 'service-at-location' as const, body: sal })),
    ...pagesOf('taxonomies', taxonomies.taxonomies, size, 'taxonomy-page'),
    ...taxonomies.taxonomies.map((t) => ({ path: `oruk/taxonomies/${t.id}.json`, kind: 'taxonomy' as const, body: t })),
    ...pagesOf('taxonomy_terms', taxonomies.terms, size, 'taxonomy-term-page'),
    ...taxonomies.terms.map((t) => ({ path: `oruk/taxonomy_terms/${t.id}.json`, kind: 'taxonomy-term' as const, body: t })),
  ];
}
