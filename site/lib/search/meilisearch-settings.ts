import type { Settings } from 'meilisearch';
import type { Vocabularies } from '../../../content/lib/vocabularies.ts';
import { buildSynonyms, FACETS, STOP_WORDS, type ReviewedSynonyms, type Synonyms } from './filters.ts';

/**
 * The Meilisearch index settings for this directory, chosen field by field. Pure: the same vocabulary and
 * synonyms file always give the same settings, pinned by tests/golden/meilisearch-settings.json.
 */

/** Most telling first: a word in the name beats the same word deep in a description. */
export const SEARCHABLE_ATTRIBUTES = [
  'name',
  'needLabels',
  'needPhrases',
  'summary',
  'organization',
  'eligibility',
  'venueName',
  'description',
  'town',
  'postcode',
] as const;

export const FILTERABLE_ATTRIBUTES = [
  'needs',
  'age_min',
  'age_max',
  'send_max',
  'localities',
  'cost',
  'access',
  'delivery',
  'level',
  'languages',
  'days',
  'hub',
  'hubIds',
  'has_venue',
  'status',
  'review',
  'serviceId',
  '_geo',
] as const;

/**
 * What a search key can read. Everything here is already public on the service's page. Left out: the
 * description and phrases (matched, not shown), and status and review state (internal). A hidden address
 * never reaches a document at all (see search-document.ts), so it cannot leak through any attribute.
 */
export const DISPLAYED_ATTRIBUTES = [
  'id',
  'serviceId',
  'venue',
  'name',
  'organization',
  'summary',
  'needs',
  'needLabels',
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
  'hub',
  'hubIds',
  '_geo',
] as const;

/**
 * "sort" comes straight after "words": when someone asks for nearest first, services that match as many of
 * their words come nearest first, and a service matching fewer words never jumps ahead because it is close.
 * With no words (just filters) the order is purely by distance. The embedded engine ranks the same way.
 */
export const RANKING_RULES = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'] as const;

export function meilisearchSettings(vocab: Pick<Vocabularies, 'needs'>, reviewed: ReviewedSynonyms): Settings {
  const synonyms: Synonyms = buildSynonyms(vocab.needs, reviewed);
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: ['_geo', 'name'],
    displayedAttributes: [...DISPLAYED_ATTRIBUTES],
    distinctAttribute: 'serviceId',
    rankingRules: [...RANKING_RULES],
    stopWords: [...STOP_WORDS],
    synonyms,
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [...new Set(reviewed.exact.map((w) => w.toLowerCase()))].sort(),
      disableOnAttributes: ['postcode'],
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: Object.fromEntries(['*', ...FACETS].map((f) => [f, 'count'])) },
    pagination: { maxTotalHits: 1000 },
  };
}
