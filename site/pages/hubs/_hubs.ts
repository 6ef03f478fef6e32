/**
 * Pure helpers for the hub pages and the hub map: no file reads, so they are tested on their own and the map
 * island can use the same shapes. The leading underscore keeps Astro from making a page of this file.
 */
import type { Council, Hub, Locality } from '../../../content/schema/index.ts';
import { formatSchedule } from '../../lib/format.ts';
import { haversineMiles } from '../../lib/search/filters.ts';

/** A hub with its point, as loadDirectory() resolves it from the postcode lookup. */
export interface PlacedHub extends Hub {
  lat: number;
  lng: number;
}

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

export function hubKindLabel(kind: Hub['kind']): string {
  return kind === 'youth-hub' ? 'Youth Hub' : 'Family Hub';
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

export function toMapHubs(hubs: readonly PlacedHub[], localities: readonly Locality[]): MapHub[] {
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

const SCHEMA_DAYS: Record<string, string> = {
  monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday',
};

/**
 * schema.org JSON-LD for a hub page: a CivicStructure (a public building) run by the council, with its town,
 * postcode, point and opening hours, so search engines can answer "family hub near me" with the right place.
 */
export function hubJsonLd(hub: PlacedHub, council: Pick<Council, 'name' | 'area_name'>, url: string, locality: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    name: hub.name,
    url,
    description: `${hubKindLabel(hub.kind)} in ${hub.town}, ${locality} ${council.area_name}.`,
    address: { '@type': 'PostalAddress', addressLocality: hub.town, postalCode: hub.postal_code, addressRegion: council.area_name, addressCountry: 'GB' },
    geo: { '@type': 'GeoCoordinates', latitude: Number(hub.lat.toFixed(5)), longitude: Number(hub.lng.toFixed(5)) },
    containedInPlace: { '@type': 'AdministrativeArea', name: `${locality} ${council.area_name}` },
    ...(hub.schedules.length > 0
      ? {
          openingHoursSpecification: hub.schedules.map((s) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: s.days.map((d) => `https://schema.org/${SCHEMA_DAYS[d] ?? d}`),
            opens: s.opens_at,
            closes: s.closes_at,
            ...(s.description ? { description: s.description } : {}),
          })),
        }
      : {}),
    publicAccess: true,
    isAccessibleForFree: true,
    maintainer: { '@type': 'GovernmentOrganization', name: council.name },
  };
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
export function hubsByDistance<H extends { name: string; lat: number; lng: number }>(hubs: readonly H[], from: { lat: number; lng: number }): (H & { miles: number })[] {
  return hubs
    .map((h) => ({ ...h, miles: haversineMiles(from, h) }))
    .sort((a, b) => a.miles - b.miles || a.name.localeCompare(b.name, 'en-GB'));
}
