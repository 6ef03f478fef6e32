/**
 * Build time only (reads files): the search set-up (documents, word settings, postcode tables, query
 * context) made once per build by the search core's own loader, so the static browse pages, the served
 * index and the search page all answer with the same query interpreter and the same index layout as the
 * CLI, the benchmark and the relevance check. Never import this in an island.
 */
import { resolve } from 'node:path';
import { searchEmbedded } from './search/embedded.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex, type EmbeddedIndex, type EmbeddedIndexJson } from './search/embedded-index.ts';
import type { DistrictTables } from './search/geocode.ts';
import type { Place } from './search/places.ts';
import { searchSetupFor, type SearchSetup } from './search/load-setup.ts';
import { emptyQuery, type Query, type QueryContext } from './search/query.ts';
import type { SearchResults } from './search/results.ts';
import { readAll } from './browse/read-all.ts';
import { getDirectory } from './directory.ts';
import type { UnderstandingPack } from './search/understand/pack.ts';

interface Built {
  setup: SearchSetup;
  json: EmbeddedIndexJson;
  index: EmbeddedIndex;
}
let built: Built | undefined;

function build(): Built {
  if (built) return built;
  const setup = searchSetupFor(getDirectory(), resolve(process.cwd(), 'content'));
  const json = buildEmbeddedIndex(setup.docs, setup.words);
  built = { setup, json, index: loadEmbeddedIndex(JSON.parse(JSON.stringify(json)) as EmbeddedIndexJson) };
  return built;
}

export const embeddedIndexJson = (): EmbeddedIndexJson => build().json;
export const districtTables = (): DistrictTables => build().setup.districts;
/** Place names accepted where a postcode is asked for (served as /places.json). */
export const placeTable = (): Place[] => build().setup.places;
/** What query understanding knows about the directory, served to the search page. */
export const understandingPack = (): UnderstandingPack => build().setup.understanding;

/** The query model's context with every postcode district loaded (build time has them all). */
export const buildQueryContext = (): QueryContext => build().setup.ctx;

/** How many services browse asks the engine for at a time; it keeps asking until it has every one. */
const BROWSE_CHUNK = 5_000;

/** Every matching service, however many (a browse page, a count on a report), a chunk at a time. */
export function browse(partial: Partial<Query>): SearchResults {
  const index = build().index;
  return readAll((page, size) => searchEmbedded(index, { ...emptyQuery(), ...partial, page, size }), BROWSE_CHUNK);
}
