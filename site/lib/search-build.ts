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

interface Built {
  docs: SearchDocument[];
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
  const json = buildEmbeddedIndex(docs, { synonyms: buildSynonyms(dir.vocab.needs, reviewed), exact: reviewed.exact, stopWords: STOP_WORDS });
  const tables = shapeDistrictTables(readFileSync(resolve(contentDir, 'data', 'doncaster-postcodes.csv'), 'utf8'));
  built = { docs, json, index: loadEmbeddedIndex(JSON.parse(JSON.stringify(json)) as EmbeddedIndexJson), tables };
  return built;
}

export const embeddedIndexJson = (): EmbeddedIndexJson => build().json;
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

/** How many services browse asks the engine for at a time; it keeps asking until it has every one. */
const BROWSE_CHUNK = 5_000;

/**
 * Every matching service, however many (a browse page, a count on a report): read a chunk at a time until
 * the engine's total is reached, so a directory larger than one chunk is never cut off without a word.
 */
export function browse(partial: Partial<Query>): SearchResults {
  const index = build().index;
  const first = searchEmbedded(index, { ...emptyQuery(), ...partial, page: 1, size: BROWSE_CHUNK });
  const hits = [...first.hits];
  for (let page = 2; page <= first.totalPages; page++) hits.push(...searchEmbedded(index, { ...emptyQuery(), ...partial, page, size: BROWSE_CHUNK }).hits);
  return { ...first, hits, size: Math.max(first.total, 1), totalPages: 1 };
}
