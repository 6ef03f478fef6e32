/**
 * The search set-up for a directory, from inputs already read: the search documents, both engines' word
 * settings (synonyms, exact words, stop words and the needs layout) and the query model's context. Pure, so
 * every caller (the site build, `npm run search`, the benchmark, the relevance check, the contract tests)
 * builds the same index layout from the same inputs. load-setup.ts is the twin that reads the files.
 */
import type { Settings } from 'meilisearch';
import type { Directory } from '../../../content/lib/load-directory.ts';
import type { Vocabularies } from '../../../content/lib/vocabularies.ts';
import type { WordSettings } from './embedded.ts';
import { buildSynonyms, STOP_WORDS, type ReviewedSynonyms } from './words.ts';
import { boundsOf, geocode, type DistrictTables } from './geocode.ts';
import { meilisearchSettings } from './meilisearch-settings.ts';
import type { Place } from './places.ts';
import type { QueryContext } from './query.ts';
import { toSearchDocuments, type SearchDocument } from './search-document.ts';

export interface SearchSetup {
  directory: Directory;
  docs: SearchDocument[];
  settings: Settings;
  words: WordSettings;
  districts: DistrictTables;
  /** Place names accepted where a postcode is asked for ("Bentley"), served to the browser as /places.json. */
  places: Place[];
  ctx: QueryContext;
}

/**
 * The words both engines share: the needs (indexed once per need, not once per document), synonyms (reviewed
 * and from the needs), exact words and stop words.
 */
export function wordSettings(vocab: Pick<Vocabularies, 'needs'>, reviewed: ReviewedSynonyms): WordSettings {
  return {
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label, phrases: n.phrases })),
    synonyms: buildSynonyms(vocab.needs, reviewed),
    exact: [...new Set(reviewed.exact)].sort(),
    stopWords: [...STOP_WORDS],
  };
}

/** The query context for a directory: its vocabulary ids, and a geocoder over every postcode district and place. */
export function queryContext(vocab: Vocabularies, areaName: string, districts: DistrictTables, places: readonly Place[] = []): QueryContext {
  return {
    needIds: vocab.needs.map((n) => n.id),
    localityIds: vocab.localities.map((l) => l.id),
    accessRouteIds: vocab.accessRoutes.map((a) => a.id),
    languageIds: vocab.languages.map((l) => l.id),
    areaName,
    geocode: (text) => geocode(text, districts, areaName, places),
    bounds: boundsOf(districts),
  };
}

/** Everything search needs from a loaded directory, its reviewed synonyms and its postcode districts. */
export function searchSetup(directory: Directory, reviewed: ReviewedSynonyms, districts: DistrictTables, places: Place[] = []): SearchSetup {
  return {
    directory,
    docs: directory.listings.flatMap((l) => toSearchDocuments(l, directory.vocab)),
    settings: meilisearchSettings(directory.vocab, reviewed),
    words: wordSettings(directory.vocab, reviewed),
    districts,
    places,
    ctx: queryContext(directory.vocab, directory.council.area_name, districts, places),
  };
}
