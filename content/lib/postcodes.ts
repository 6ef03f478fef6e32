import { join } from 'node:path';
import { readRegularFile } from './listing-files.ts';

/** The postcode lookup (ONS data, see content/data/SOURCE.md), relative to the content folder. */
export const POSTCODES_FILE = join('data', 'doncaster-postcodes.csv');

export interface PostcodePoint {
  postcode: string;
  lat: number;
  lng: number;
  /** ONS ward code (December 2023), or '' where the point falls just outside the generalised boundary. */
  wardCode: string;
  wardName: string;
}

export interface PostcodeLookup {
  get(postcode: string): PostcodePoint | undefined;
  /** Mean position of the district's postcodes, e.g. "DN4": used for hidden addresses and outcode searches. */
  outcode(outcode: string): { lat: number; lng: number } | undefined;
  size: number;
}

/** "dn40ty", " DN4  0TY " → "DN4 0TY". Returns undefined for text that is not shaped like a full postcode. */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** Parse the lookup CSV (columns: postcode,outcode,latitude,longitude,positional_quality,ward2023_name_pip,ward2023_code_pip). */
export function parsePostcodeCsv(csv: string): PostcodeLookup {
  const byPostcode = new Map<string, PostcodePoint>();
  const sums = new Map<string, { lat: number; lng: number; n: number }>();
  const lines = csv.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const [postcode, outcode, lat, lng, , wardName, wardCode] = splitCsvLine(line);
    if (!postcode || !outcode) continue;
    const point = { postcode, lat: Number(lat), lng: Number(lng), wardCode: wardCode ?? '', wardName: wardName ?? '' };
    byPostcode.set(postcode, point);
    const s = sums.get(outcode) ?? { lat: 0, lng: 0, n: 0 };
    s.lat += point.lat;
    s.lng += point.lng;
    s.n += 1;
    sums.set(outcode, s);
  }
  const centroids = new Map([...sums].map(([k, s]) => [k, { lat: round(s.lat / s.n), lng: round(s.lng / s.n) }]));
  return {
    get: (pc) => {
      const n = normalisePostcode(pc);
      return n === undefined ? undefined : byPostcode.get(n);
    },
    outcode: (oc) => centroids.get(oc.toUpperCase().trim()),
    size: byPostcode.size,
  };
}

export function loadPostcodes(path: string): PostcodeLookup {
  return parsePostcodeCsv(readRegularFile(path));
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

// Ward names contain commas only inside quotes ("Adwick le Street & Carcroft" has none, but be safe).
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The postcode lookup of a content folder. */
export function loadPostcodesIn(contentDir: string): PostcodeLookup {
  return loadPostcodes(join(contentDir, POSTCODES_FILE));
}
