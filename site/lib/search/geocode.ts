/**
 * Postcodes to points for the query model, browser-friendly. At build time the site shapes the postcode
 * lookup (content/data/doncaster-postcodes.csv, ONS data: see content/data/SOURCE.md) into one small table
 * per postcode district ("DN4"); in the browser it fetches the district the person typed and geocodes from
 * it synchronously. The CLI and tests hold every district at once. No node: imports.
 */
import { findPlace, type Place } from './places.ts';
import type { GeocodeResult, Point } from './query.ts';

export interface DistrictTable {
  /** "DN4" */
  outcode: string;
  /** The mean of the district's postcodes, for searches by district ("DN4") and hidden addresses. */
  centre: [lat: number, lng: number];
  /** Inward code ("0TY") → [lat, lng]. */
  postcodes: Record<string, [number, number]>;
}

export type DistrictTables = Record<string, DistrictTable>;

export type PostcodeText = { kind: 'full'; outcode: string; inward: string; postcode: string } | { kind: 'district'; outcode: string };

/** "dn40ty" → full DN4 0TY; "dn4" → district DN4; anything else → undefined. */
export function readPostcode(text: string): PostcodeText | undefined {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)) {
    const outcode = compact.slice(0, -3);
    const inward = compact.slice(-3);
    return { kind: 'full', outcode, inward, postcode: `${outcode} ${inward}` };
  }
  if (/^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact)) return { kind: 'district', outcode: compact };
  return undefined;
}

/** The district to fetch before geocoding, or undefined when the text is not a postcode. */
export function districtOf(text: string): string | undefined {
  return readPostcode(text)?.outcode;
}

/**
 * Pure: postcode, district or place name → point, using whatever district tables and places are loaded.
 * Messages say what to do.
 */
export function geocode(text: string, tables: DistrictTables, areaName: string, places: readonly Place[] = []): GeocodeResult {
  const read = readPostcode(text);
  if (!read) {
    const place = findPlace(text, places, areaName);
    if (place) return { ok: true, point: { lat: place.lat, lng: place.lng }, label: place.name };
    return {
      ok: false,
      message: `We do not know "${text.trim()}". Give a postcode like DN4 0TY, the first half of one, like DN4, or a town or village in ${areaName}.`,
    };
  }
  const table = tables[read.outcode];
  if (read.kind === 'district') {
    if (!table)
      return {
        ok: false,
        message: `${read.outcode} is not a postcode district in ${areaName}. Give a postcode in ${areaName}, for example DN4 0TY.`,
      };
    return { ok: true, point: toPoint(table.centre), label: read.outcode };
  }
  const p = table?.postcodes[read.inward];
  if (!p)
    return {
      ok: false,
      message: `We cannot find the postcode ${read.postcode} in ${areaName}. Check it, or give just the first half, like ${table ? read.outcode : 'DN4'}.`,
    };
  return { ok: true, point: toPoint(p), label: read.postcode };
}

/** Build time: the lookup CSV (postcode,outcode,latitude,longitude,…) as one table per district. */
export function shapeDistrictTables(csv: string): DistrictTables {
  const tables: DistrictTables = {};
  const sums = new Map<string, [number, number, number]>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [postcode, outcode, lat, lng] = line.split(',');
    if (!postcode || !outcode || lat === undefined || lng === undefined) continue;
    const point: [number, number] = [Number(lat), Number(lng)];
    if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) continue;
    const table = (tables[outcode] ??= { outcode, centre: [0, 0], postcodes: {} });
    table.postcodes[postcode.slice(outcode.length).trim()] = point;
    const s = sums.get(outcode) ?? [0, 0, 0];
    sums.set(outcode, [s[0] + point[0], s[1] + point[1], s[2] + 1]);
  }
  for (const [outcode, [lat, lng, n]] of sums) tables[outcode]!.centre = [round6(lat / n), round6(lng / n)];
  return tables;
}

/** The box around every postcode, with a small margin: points outside it are not in the borough. */
export function boundsOf(tables: DistrictTables, marginDegrees = 0.02): { south: number; west: number; north: number; east: number } {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const t of Object.values(tables)) {
    for (const [lat, lng] of Object.values(t.postcodes)) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lng);
      east = Math.max(east, lng);
    }
  }
  return { south: south - marginDegrees, west: west - marginDegrees, north: north + marginDegrees, east: east + marginDegrees };
}

const toPoint = ([lat, lng]: [number, number]): Point => ({ lat, lng });
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
