import { describe, expect, it } from 'vitest';
import type { Locality } from '../../../content/schema/index.ts';
import { hubJsonLd } from '../../lib/json-ld.ts';
import { directionsUrl, geoUri, hubsByDistance, hubsByLocality, openingLines, servicesAtHub, toMapHubs } from './_hubs.ts';
import type { ResolvedHub } from '../../../content/lib/load-directory.ts';
import { clusterHtml, markerHtml, popupDetail } from '../../islands/hub-map-labels.ts';
import { escapeHtml } from '../../lib/escape-html.ts';

const localities: Locality[] = [
  { id: 'north', name: 'North', description: 'North', wards: [{ code: 'E1', name: 'Bentley' }] },
  { id: 'central', name: 'Central', description: 'Central', wards: [{ code: 'E2', name: 'Town' }] },
  { id: 'south', name: 'South', description: 'South', wards: [{ code: 'E3', name: 'Mexborough' }] },
];
const hub = (id: string, name: string, locality: string, kind: 'family-hub' | 'youth-hub' = 'family-hub'): ResolvedHub => ({
  id,
  name,
  kind,
  locality,
  town: name.split(' ')[0]!,
  postal_code: 'DN4 0TY',
  ward: 'Ward',
  lat: 53.5,
  lng: -1.15,
  schedules: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday'], opens_at: '08:30', closes_at: '17:00' }],
});
const hubs = [
  hub('bentley-family-hub', 'Bentley Family Hub', 'north'),
  hub('balby-family-hub', 'Balby Family Hub', 'central'),
  hub('adwick-family-hub', 'Adwick Family Hub', 'north'),
  hub('tom-hill-youth-hub', 'Tom Hill Youth Hub', 'central', 'youth-hub'),
];

describe('hubsByLocality', () => {
  it('groups hubs in locality order, sorted by name, leaving out areas with no hub', () => {
    const groups = hubsByLocality(hubs, localities);
    expect(groups.map((g) => g.locality.id)).toEqual(['north', 'central']);
    expect(groups[0]!.hubs.map((h) => h.id)).toEqual(['adwick-family-hub', 'bentley-family-hub']);
    expect(groups[1]!.hubs.map((h) => h.id)).toEqual(['balby-family-hub', 'tom-hill-youth-hub']);
  });
});

describe('hubsByDistance', () => {
  it('puts the nearest hub first, with its distance, and breaks ties by name', () => {
    const placed = [
      { ...hubs[0]!, lat: 53.55, lng: -1.15 },
      { ...hubs[1]!, lat: 53.5, lng: -1.15 },
      { ...hubs[2]!, lat: 53.5, lng: -1.15 },
    ];
    const sorted = hubsByDistance(placed, { lat: 53.5, lng: -1.15 });
    expect(sorted.map((h) => h.id)).toEqual(['adwick-family-hub', 'balby-family-hub', 'bentley-family-hub']);
    expect(sorted[0]!.miles).toBe(0);
    expect(sorted[2]!.miles).toBeCloseTo(3.45, 1);
  });
});

describe('toMapHubs', () => {
  it('gives the island plain data with the locality name, kind and page link', () => {
    expect(toMapHubs([hubs[3]!], localities)).toEqual([
      {
        id: 'tom-hill-youth-hub',
        name: 'Tom Hill Youth Hub',
        kind: 'Youth Hub',
        town: 'Tom',
        postalCode: 'DN4 0TY',
        locality: 'Central',
        href: '/hubs/tom-hill-youth-hub/',
        lat: 53.5,
        lng: -1.15,
      },
    ]);
  });
});

describe('directions', () => {
  it('links to OpenStreetMap directions to the point, and to the phone maps app', () => {
    expect(directionsUrl(53.512345678, -1.1)).toBe('https://www.openstreetmap.org/directions?to=53.51235%2C-1.10000');
    expect(geoUri(53.5, -1.1, 'Balby Family Hub')).toBe('geo:53.50000,-1.10000?q=53.50000,-1.10000(Balby%20Family%20Hub)');
  });
});

describe('hubJsonLd', () => {
  it('describes the hub as a CivicStructure with address, point and opening hours', () => {
    const ld = hubJsonLd(
      hubs[1]!,
      { name: 'Doncaster Council', area_name: 'Doncaster' },
      'https://fis.example.org/hubs/balby-family-hub/',
      'Central',
    );
    expect(ld['@type']).toBe('CivicStructure');
    expect(ld.address).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Balby',
      postalCode: 'DN4 0TY',
      addressRegion: 'Doncaster',
      addressCountry: 'GB',
    });
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 53.5, longitude: -1.15 });
    expect(ld.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday'],
        opens: '08:30',
        closes: '17:00',
      },
    ]);
  });
  it('leaves out opening hours when the hub has none', () => {
    expect(hubJsonLd({ ...hubs[0]!, schedules: [] }, { name: 'C', area_name: 'D' }, 'u', 'North')).not.toHaveProperty('openingHoursSpecification');
  });
});

describe('openingLines and servicesAtHub', () => {
  it('formats opening times as people read them', () => {
    expect(openingLines(hubs[0]!)).toEqual(['Monday to Thursday, 8:30am to 5pm']);
  });
  it('keeps only the services with a venue at the hub', () => {
    const hits = [
      { id: 'a', hubIds: ['balby-family-hub'] },
      { id: 'b', hubIds: [] },
      { id: 'c', hubIds: ['tom-hill-youth-hub', 'balby-family-hub'] },
    ];
    expect(servicesAtHub(hits, 'balby-family-hub').map((h) => h.id)).toEqual(['a', 'c']);
  });
});

describe('map labels', () => {
  it('escapes names before Leaflet puts them in the page', () => {
    expect(escapeHtml(`<b>"Tom's" & co</b>`)).toBe('&lt;b&gt;&quot;Tom&#39;s&quot; &amp; co&lt;/b&gt;');
    expect(markerHtml('A <i>hub</i>', 'Family Hub')).toContain('A &lt;i&gt;hub&lt;/i&gt;');
  });
  it('marks Youth Hubs differently from Family Hubs, and never uses inline styles (the CSP blocks them)', () => {
    expect(markerHtml('Tom Hill Youth Hub', 'Youth Hub')).toContain('hub-marker--youth');
    expect(markerHtml('Balby Family Hub', 'Family Hub')).not.toContain('hub-marker--youth');
    expect(markerHtml('x', 'Youth Hub') + clusterHtml(3)).not.toMatch(/style=/);
  });
  it('tells a screen reader what a cluster holds and how to open it', () => {
    expect(clusterHtml(3)).toContain('3 hubs close together: press Enter to zoom in');
    expect(popupDetail({ kind: 'Youth Hub', town: 'Bentley', locality: 'North' }, 'Doncaster')).toBe('Youth Hub in Bentley, North Doncaster');
  });
});
