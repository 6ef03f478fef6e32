import type { Settings } from 'meilisearch';
import type { Vocabularies } from '../../../content/lib/vocabularies.ts';
import { FILTERABLE_FIELDS, SEARCHABLE_FIELDS, SHOWN_FIELDS } from './fields.ts';
import { FACETS } from './facets.ts';
import { buildSynonyms, type ReviewedSynonyms, type Synonyms } from './synonyms.ts';
import { STOP_WORDS } from './words.ts';

/**
 * The Meilisearch index settings for this directory, chosen field by field. Pure: the same vocabulary and
 * synonyms file always give the same settings, pinned by tests/golden/meilisearch-settings.json.
 */

/** Meilisearch's custom ranking rule syntax (`field:asc`): ascending `tiebreak`, the directory's final order. */
export const TIEBREAK_RULE = 'tiebreak:asc';

/**
 * "sort" comes straight after "words": when someone asks for nearest first, services that match as many of
 * their words come nearest first, and a service matching fewer words never jumps ahead because it is close.
 * With no words (just filters) the order is purely by distance. The embedded engine ranks the same way.
 * No "proximity" and no "wordPosition": both need word positions, which the embedded index does not keep, and
 * a family must get the same answer whichever engine the council runs (docs/decisions/0012-same-ranking-rules-on-both-engines.md).
 * "attributeRank" (Meilisearch 1.36 and later) is the field half of the older "attribute" rule.
 * Last, a custom rule over every document's `tiebreak` (search-document.ts): services equal on every other
 * rule come in the directory's own order (universal first, then by name) rather than Meilisearch's internal
 * document order, and the embedded engine keeps exactly that order too.
 */
export const RANKING_RULES = ['words', 'sort', 'typo', 'attributeRank', 'exactness', TIEBREAK_RULE] as const;

/** `wordForms`: the directory's word forms grouped by stem (wordForms() in site/lib/search/understand). */
export function meilisearchSettings(
  vocab: Pick<Vocabularies, 'needs'>,
  reviewed: ReviewedSynonyms,
  wordForms: readonly (readonly string[])[] = [],
): Settings {
  const synonyms: Synonyms = buildSynonyms(vocab.needs, reviewed, wordForms);
  return {
    // Searchable (most telling first), filterable and displayed: the roles declared once in fields.ts.
    searchableAttributes: [...SEARCHABLE_FIELDS],
    filterableAttributes: [...FILTERABLE_FIELDS],
    sortableAttributes: ['_geo', 'name'],
    displayedAttributes: [...SHOWN_FIELDS],
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
