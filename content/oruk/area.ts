import type { PostcodeLookup } from '../lib/postcodes.ts';
import { normalisePostcode } from '../lib/postcodes.ts';
import type { Council } from '../schema/index.ts';

/**
 * Can a service be placed in the council's area? Another council's feed must not arrive as borough-wide
 * services. The evidence: venue postcodes (the postcode lookup holds the council's postcodes only), map points
 * against the council's bounds, and the names of the feed's service areas.
 */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export type Placement = 'in' | 'out' | 'unknown';

export interface AreaEvidence {
  placement: Placement;
  /** Where the service is said to be, when that is outside the area ("S60 1AA", "Rotherham"). */
  elsewhere: string[];
  /** The feed names the whole country: the service is for families anywhere, the council's too. */
  national: boolean;
}

/** The council's bounds: the box around every postcode in its lookup (CSV columns as content/data). */
export function boundsOfPostcodeCsv(csv: string): Bounds | undefined {
  let b: Bounds | undefined;
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [, , la, ln] = line.split(',');
    const lat = Number(la);
    const lng = Number(ln);
    if (!line || !Number.isFinite(lat) || !Number.isFinite(lng) || (lat === 0 && lng === 0)) continue;
    b = b
      ? { south: Math.min(b.south, lat), west: Math.min(b.west, lng), north: Math.max(b.north, lat), east: Math.max(b.east, lng) }
      : { south: lat, west: lng, north: lat, east: lng };
  }
  return b;
}

const NATIONAL =
  /^(?:national(?:ly)?|nationwide|uk|united kingdom|england|great britain|gb|england and wales|uk[- ]wide|all of (?:the )?(?:uk|england))$/i;

export interface PlaceInput {
  postcodes: string[];
  points: { lat: number; lng: number }[];
  areaNames: string[];
}

export function placeService(
  input: PlaceInput,
  ctx: { council: Council; postcodes: PostcodeLookup; bounds?: Bounds; localityNames: string[] },
): AreaEvidence {
  let inside = 0;
  const elsewhere: string[] = [];
  let national = false;
  for (const raw of input.postcodes) {
    const pc = normalisePostcode(raw);
    if (!pc) continue;
    if (ctx.postcodes.get(pc) || ctx.postcodes.outcode(pc.split(' ')[0]!)) inside += 1;
    else elsewhere.push(pc);
  }
  for (const p of input.points) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng) || (p.lat === 0 && p.lng === 0) || !ctx.bounds) continue;
    const b = ctx.bounds;
    if (p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east) inside += 1;
    else elsewhere.push(`the map point ${p.lat.toFixed(3)}, ${p.lng.toFixed(3)}`);
  }
  const ours = new Set([ctx.council.area_name, ...ctx.localityNames].map((n) => n.toLowerCase()));
  const council = ctx.council.area_name.toLowerCase();
  for (const raw of input.areaNames) {
    const name = raw.trim();
    // A sentence is a description of the area, not its name: it places nothing.
    if (name === '' || name.length > 60) continue;
    const key = name.toLowerCase().replace(/\s+(?:borough|district|council|metropolitan borough|area)$/, '');
    if (NATIONAL.test(name)) national = true;
    // A locality counts by its exact name ("North"); the council by its name in the area's ("City of Doncaster").
    else if (ours.has(key) || ` ${key} `.includes(` ${council} `)) inside += 1;
    else elsewhere.push(name);
  }
  const placement: Placement = inside > 0 ? 'in' : elsewhere.length > 0 ? 'out' : national ? 'in' : 'unknown';
  return { placement, elsewhere: [...new Set(elsewhere)], national };
}
