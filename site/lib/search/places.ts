/**
 * Place names a person may type where we ask for a postcode: "Bentley", "Thorne", "Balby Family Hub". Built
 * once per build from what the directory already knows (ward names, the towns of hubs and venues, hub names)
 * and looked up here. Pure and browser-safe: the search page and the hub finder fetch /places.json only when
 * the text is not a postcode.
 */
import type { Directory } from '../../../content/lib/load-directory.ts';
import { editDistance } from '../../../content/lib/suggest.ts';

export interface Place {
  /** As people write it: "Adwick le Street", "Balby Family Hub". */
  name: string;
  lat: number;
  lng: number;
}

export type PlaceKind = 'hub' | 'town' | 'ward';

export interface PlaceSource extends Place {
  kind: PlaceKind;
}

/** Lower case, "&" as "and", "st" as "street", punctuation and extra spaces gone: "Adwick-le-St." → "adwick le street". */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\bst\b/g, 'street')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One entry per name, the most specific source winning (a hub's own point over its town's average over a
 * ward's centre). Ward names made of several places ("Norton & Askern") also give each part, unless a town
 * already has that name. Sorted by name, so the file is stable from build to build.
 */
export function buildPlaceTable(sources: readonly PlaceSource[]): Place[] {
  const rank: Record<PlaceKind, number> = { hub: 0, town: 1, ward: 2 };
  const parts = sources.flatMap((s) =>
    s.kind === 'ward'
      ? [
          s,
          ...s.name
            .split(/\s*(?:&|,|\band\b)\s*/)
            .filter((p) => p && p !== s.name)
            .map((name) => ({ ...s, name: name.trim() })),
        ]
      : [s],
  );
  const best = new Map<string, PlaceSource>();
  for (const s of parts) {
    const key = placeKey(s.name);
    if (!key) continue;
    const had = best.get(key);
    if (!had || rank[s.kind] < rank[had.kind]) best.set(key, s);
  }
  return [...best.values()]
    .map((s) => ({ name: s.name, lat: round5(s.lat), lng: round5(s.lng) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * The place meant by `text`: the same name; else the only place whose name starts with it ("Adwick" →
 * "Adwick le Street"); else one spelling slip away ("Bently" → "Bentley", for names of 6 letters or more).
 * The area's own name and a trailing "Doncaster" are ignored, so "Bentley, Doncaster" works.
 */
export function findPlace(text: string, places: readonly Place[], areaName = ''): Place | undefined {
  let key = placeKey(text);
  const area = placeKey(areaName);
  if (area && key.endsWith(` ${area}`)) key = key.slice(0, -area.length - 1);
  if (key.length < 3) return undefined;
  const keyed = places.map((p) => ({ p, k: placeKey(p.name) }));
  const exact = keyed.find((e) => e.k === key);
  if (exact) return exact.p;
  const starts = keyed.filter((e) => e.k.startsWith(`${key} `));
  if (starts.length === 1) return starts[0]!.p;
  if (key.length >= 6) {
    const close = keyed.filter((e) => editDistance(e.k, key) <= 1);
    if (close.length === 1) return close[0]!.p;
  }
  return undefined;
}

/** The ward boundaries file's features, as far as places need them (ONS names and centre points). */
export interface WardFeatures {
  features: { properties: { WD23NM?: unknown; LAT?: unknown; LONG?: unknown } | null }[];
}

/**
 * Every name the directory can place: wards (their ONS centre points), hubs (their own points), and towns
 * (the average of the hubs and venues in them; hidden addresses count only by their district's centre).
 */
export function directoryPlaceSources(directory: Pick<Directory, 'hubs' | 'listings'>, wards: WardFeatures): PlaceSource[] {
  const wardSources = wards.features.flatMap((f): PlaceSource[] => {
    const p = f.properties ?? {};
    const [lat, lng] = [Number(p.LAT), Number(p.LONG)];
    return typeof p.WD23NM === 'string' && Number.isFinite(lat) && Number.isFinite(lng) ? [{ kind: 'ward', name: p.WD23NM, lat, lng }] : [];
  });
  const hubs = directory.hubs.map((h): PlaceSource => ({ kind: 'hub', name: h.name, lat: h.lat, lng: h.lng }));
  const towns = new Map<string, { name: string; lat: number; lng: number; n: number }>();
  const addTown = (name: string, lat: number, lng: number) => {
    const key = placeKey(name);
    if (!key) return;
    const t = towns.get(key) ?? { name: name.trim(), lat: 0, lng: 0, n: 0 };
    towns.set(key, { ...t, lat: t.lat + lat, lng: t.lng + lng, n: t.n + 1 });
  };
  for (const h of directory.hubs) addTown(h.town, h.lat, h.lng);
  for (const l of directory.listings) for (const v of l.venues) addTown(v.city, v.lat, v.lng);
  const townSources = [...towns.values()].map((t): PlaceSource => ({ kind: 'town', name: t.name, lat: t.lat / t.n, lng: t.lng / t.n }));
  return [...hubs, ...townSources, ...wardSources];
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
