/**
 * Pure helpers for the hub pages and the hub map: no file reads, so they are tested on their own and the map
 * island can use the same shapes. The leading underscore keeps Astro from making a page of this file.
 */
import type { ResolvedHub } from '../../../content/lib/load-directory.ts';
import type { Hub, Locality } from '../../../content/schema/index.ts';
import { formatSchedule } from '../../lib/format.ts';
import { hubKindLabel } from '../../lib/hub-kind.ts';
import { haversineMiles } from '../../lib/search/filters.ts';

/** What the map island needs for one hub: plain data, so it can be passed as island props. */
export interface MapHub {
  id: string;
  name: string;
  kind: string;
  town: string;
  postalCode: string;
  locality: string;
  href: string;
  lat: number;
  lng: number;
}

export function hubPath(id: string): string {
  return `/hubs/${id}/`;
}

export function localityName(localities: readonly Pick<Locality, 'id' | 'name'>[], id: string): string {
  return localities.find((l) => l.id === id)?.name ?? id;
}

/** Hubs grouped by locality, in the vocabulary's locality order, each group sorted by name. Empty groups are left out. */
export function hubsByLocality<H extends Hub>(hubs: readonly H[], localities: readonly Locality[]): { locality: Locality; hubs: H[] }[] {
  return localities
    .map((locality) => ({ locality, hubs: hubs.filter((h) => h.locality === locality.id).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) }))
    .filter((g) => g.hubs.length > 0);
}

export function toMapHubs(hubs: readonly ResolvedHub[], localities: readonly Locality[]): MapHub[] {
  return hubs.map((h) => ({
    id: h.id,
    name: h.name,
    kind: hubKindLabel(h.kind),
    town: h.town,
    postalCode: h.postal_code,
    locality: localityName(localities, h.locality),
    href: hubPath(h.id),
    lat: h.lat,
    lng: h.lng,
  }));
}

/**
 * Directions by OpenStreetMap to the hub's point: a plain link, so nothing from another site is embedded in
 * our pages and the family chooses whether to leave. Five decimal places is about a metre.
 */
export function directionsUrl(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
}

/** A geo: link opens the phone's own maps app at the hub. */
export function geoUri(lat: number, lng: number, name: string): string {
  return `geo:${lat.toFixed(5)},${lng.toFixed(5)}?q=${lat.toFixed(5)},${lng.toFixed(5)}(${encodeURIComponent(name)})`;
}

/** Opening times as lines people read: "Monday to Thursday, 8:30am to 5pm". */
export function openingLines(hub: Pick<Hub, 'schedules'>): string[] {
  return hub.schedules.map((s) => formatSchedule(s));
}

/** Services delivered at a hub: search hits (already without closed or lapsed services) whose venues include it. */
export function servicesAtHub<T extends { hubIds: string[] }>(hits: readonly T[], hubId: string): T[] {
  return hits.filter((h) => h.hubIds.includes(hubId));
}

/** Hubs nearest first from a point, each with its distance in miles; ties by name so the order is stable. */
export function hubsByDistance<H extends { name: string; lat: number; lng: number }>(
  hubs: readonly H[],
  from: { lat: number; lng: number },
): (H & { miles: number })[] {
  return hubs.map((h) => ({ ...h, miles: haversineMiles(from, h) })).sort((a, b) => a.miles - b.miles || a.name.localeCompare(b.name, 'en-GB'));
}
