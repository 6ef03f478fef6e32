/**
 * Build time only (reads files): the search documents, the embedded index and the postcode tables, made
 * once per build with the search core's own modules, so the static browse pages, the served index and the
 * search page all answer with the same query interpreter. Never import this in an island.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReviewedSynonyms } from '../../indexer/meilisearch-settings.ts';
import { toSearchDocuments, type SearchDocument } from '../../indexer/search-document.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex, searchEmbedded, type EmbeddedIndex, type EmbeddedIndexJson } from './search/embedded.ts';
import { buildSynonyms, STOP_WORDS } from './search/filters.ts';
import { boundsOf, geocode, shapeDistrictTables, type DistrictTables } from './search/geocode.ts';
import { emptyQuery, type Query, type QueryContext } from './search/query.ts';
import type { SearchResults } from './search/results.ts';
import { getDirectory } from './directory.ts';
import { loadNeedPhrases } from '../../content/lib/need-phrases.ts';
import { buildUnderstandingPack, directoryWordForms, documentTexts, type UnderstandingPack } from './search/understand/pack.ts';

interface Built {
  docs: SearchDocument[];
  understanding: UnderstandingPack;
  json: EmbeddedIndexJson;
  index: EmbeddedIndex;
  tables: DistrictTables;
}
let built: Built | undefined;

function build(): Built {
  if (built) return built;
  const dir = getDirectory();
  const contentDir = resolve(process.cwd(), 'content');
  const reviewed = loadReviewedSynonyms(contentDir);
  const docs = dir.listings.flatMap((l) => toSearchDocuments(l, dir.vocab));
  // The directory's word forms join up as synonyms, as the indexer gives them to Meilisearch.
  const json = buildEmbeddedIndex(docs, { synonyms: buildSynonyms(dir.vocab.needs, reviewed, directoryWordForms(docs)), exact: reviewed.exact, stopWords: STOP_WORDS });
  const understanding = buildUnderstandingPack({
    needPhrases: loadNeedPhrases(contentDir, dir.vocab.needs.map((n) => n.id)),
    localities: dir.vocab.localities,
    hubs: dir.vocab.hubs,
    areaName: dir.council.area_name,
    texts: documentTexts(docs),
  });
  const tables = shapeDistrictTables(readFileSync(resolve(contentDir, 'data', 'doncaster-postcodes.csv'), 'utf8'));
  built = { docs, understanding, json, index: loadEmbeddedIndex(JSON.parse(JSON.stringify(json)) as EmbeddedIndexJson), tables };
  return built;
}

export const embeddedIndexJson = (): EmbeddedIndexJson => build().json;
/** What query understanding knows about the directory, served to the search page. */
export const understandingPack = (): UnderstandingPack => build().understanding;
export const districtTables = (): DistrictTables => build().tables;

/** The query model's context with every postcode district loaded (build time has them all). */
export function buildQueryContext(): QueryContext {
  const { vocab, council } = getDirectory();
  const tables = districtTables();
  return {
    needIds: vocab.needs.map((n) => n.id),
    localityIds: vocab.localities.map((l) => l.id),
    accessRouteIds: vocab.accessRoutes.map((a) => a.id),
    languageIds: vocab.languages.map((l) => l.id),
    areaName: council.area_name,
    geocode: (text) => geocode(text, tables, council.area_name),
    bounds: boundsOf(tables),
  };
}

/** Every matching service for a browse page (one page of results as big as the directory). */
export function browse(partial: Partial<Query>): SearchResults {
  const index = build().index;
  return searchEmbedded(index, { ...emptyQuery(), ...partial, page: 1, size: 10_000 });
}
