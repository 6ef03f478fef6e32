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
import { buildPlaceTable, type Place, type PlaceSource } from './search/places.ts';
import { emptyQuery, type Query, type QueryContext } from './search/query.ts';
import type { SearchResults } from './search/results.ts';
import { getDirectory } from './directory.ts';

interface Built {
  docs: SearchDocument[];
  json: EmbeddedIndexJson;
  index: EmbeddedIndex;
  tables: DistrictTables;
  places: Place[];
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
  const places = buildPlaceTable(placeSources(dir, readFileSync(resolve(contentDir, 'data', 'doncaster-wards-2023.geojson'), 'utf8')));
  built = { docs, json, index: loadEmbeddedIndex(JSON.parse(JSON.stringify(json)) as EmbeddedIndexJson), tables, places };
  return built;
}

export const embeddedIndexJson = (): EmbeddedIndexJson => build().json;
export const districtTables = (): DistrictTables => build().tables;
/** Place names accepted where a postcode is asked for (served as /places.json). */
export const placeTable = (): Place[] => build().places;

/**
 * Every name the directory can place: wards (their ONS centre points), hubs (their own points), and towns
 * (the average of the hubs and venues in them; hidden addresses count only by their district's centre).
 */
function placeSources(dir: ReturnType<typeof getDirectory>, wardsGeojson: string): PlaceSource[] {
  const wards = (JSON.parse(wardsGeojson) as { features: { properties: { WD23NM: string; LAT: number; LONG: number } }[] }).features.map(
    (f): PlaceSource => ({ kind: 'ward', name: f.properties.WD23NM, lat: f.properties.LAT, lng: f.properties.LONG }),
  );
  const hubs = dir.hubs.map((h): PlaceSource => ({ kind: 'hub', name: h.name, lat: h.lat, lng: h.lng }));
  const towns = new Map<string, { name: string; lat: number; lng: number; n: number }>();
  const addTown = (name: string, lat: number, lng: number) => {
    const key = name.trim().toLowerCase();
    if (!key) return;
    const t = towns.get(key) ?? { name: name.trim(), lat: 0, lng: 0, n: 0 };
    towns.set(key, { ...t, lat: t.lat + lat, lng: t.lng + lng, n: t.n + 1 });
  };
  for (const h of dir.hubs) addTown(h.town, h.lat, h.lng);
  for (const l of dir.listings) for (const v of l.venues) addTown(v.city, v.lat, v.lng);
  const townSources = [...towns.values()].map((t): PlaceSource => ({ kind: 'town', name: t.name, lat: t.lat / t.n, lng: t.lng / t.n }));
  return [...hubs, ...townSources, ...wards];
}

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
    geocode: (text) => geocode(text, tables, council.area_name, placeTable()),
    bounds: boundsOf(tables),
  };
}

/** Every matching service for a browse page (one page of results as big as the directory). */
export function browse(partial: Partial<Query>): SearchResults {
  const index = build().index;
  return searchEmbedded(index, { ...emptyQuery(), ...partial, page: 1, size: 10_000 });
}
