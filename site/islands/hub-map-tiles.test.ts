import { describe, expect, it } from 'vitest';
import { tileImageSource } from './hub-map-tiles.ts';

describe('tileImageSource', () => {
  it('is nothing when no tile server is configured (the default)', () => {
    expect(tileImageSource(undefined)).toBeUndefined();
    expect(tileImageSource(null)).toBeUndefined();
    expect(tileImageSource('')).toBeUndefined();
  });
  it("allows the tile server host, with Leaflet's {s} subdomains as a wildcard", () => {
    expect(tileImageSource('https://tiles.example.org/{z}/{x}/{y}.png')).toBe('https://tiles.example.org');
    expect(tileImageSource('https://{s}.tiles.example.org/{z}/{x}/{y}.png?key=abc')).toBe('https://*.tiles.example.org');
    expect(tileImageSource('https://tiles.example.org:8443/osm/{z}/{x}/{y}.png')).toBe('https://tiles.example.org:8443');
  });
  it('refuses an address that is not https, saying which setting to fix', () => {
    expect(() => tileImageSource('http://tiles.example.org/{z}/{x}/{y}.png')).toThrow(/map\.tile_url must start with https:\/\//);
    expect(() => tileImageSource('tiles/{z}/{x}/{y}.png')).toThrow(
      /content\/council\.yaml: map\.tile_url "tiles\/\{z\}\/\{x\}\/\{y\}\.png" is not a web address/,
    );
  });
});
