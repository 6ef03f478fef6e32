/**
 * The browser edge of "where are you?": fetch only what the typed text needs (one postcode district's table,
 * or the list of place names) and keep it for the visit, then geocode with the pure core. Used by the search
 * page and the hub finder.
 */
import { districtOf, geocode, type DistrictTable, type DistrictTables } from './search/geocode.ts';
import type { Place } from './search/places.ts';
import type { GeocodeResult } from './search/query.ts';

export interface NearData {
  tables: DistrictTables;
  places: Place[] | undefined;
}

const getJson = <T>(url: string): Promise<T | undefined> =>
  fetch(url).then(
    (r) => (r.ok ? (r.json() as Promise<T>) : undefined),
    () => undefined,
  );

/** What `geocode` needs for this text, added to what is already loaded. */
export async function loadNearData(text: string, have: NearData): Promise<NearData> {
  if (!text.trim() || /^[-+\d.\s]+,[-+\d.\s]+$/.test(text)) return have;
  const district = districtOf(text);
  if (district) {
    if (district in have.tables) return have;
    // A district outside the area simply is not there: the geocoder then says so.
    const table = await getJson<DistrictTable>(`/postcodes/${district}.json`);
    return table ? { ...have, tables: { ...have.tables, [district]: table } } : have;
  }
  if (have.places) return have;
  return { ...have, places: (await getJson<Place[]>('/places.json')) ?? [] };
}

export function geocodeWith(text: string, data: NearData, areaName: string): GeocodeResult {
  return geocode(text, data.tables, areaName, data.places ?? []);
}
