import { describe, expect, it } from 'vitest';
import { buildPlaceTable, findPlace, placeKey, type PlaceSource } from './places.ts';

const sources: PlaceSource[] = [
  { kind: 'ward', name: 'Norton & Askern', lat: 53.6, lng: -1.15 },
  { kind: 'ward', name: 'Bentley', lat: 53.55, lng: -1.15 },
  { kind: 'town', name: 'Askern', lat: 53.61, lng: -1.151 },
  { kind: 'hub', name: 'Askern Family Hub', lat: 53.612, lng: -1.152 },
  { kind: 'town', name: 'Adwick le Street', lat: 53.57, lng: -1.18 },
  { kind: 'ward', name: 'Hexthorpe & Balby North', lat: 53.51, lng: -1.15 },
  { kind: 'town', name: 'Balby', lat: 53.5, lng: -1.16 },
];
const places = buildPlaceTable(sources);

describe('place names in the postcode box', () => {
  it('keys names the way people type them', () => {
    expect(placeKey('Adwick-le-St.')).toBe('adwick le street');
    expect(placeKey('Edenthorpe & Kirk Sandall')).toBe('edenthorpe and kirk sandall');
  });

  it('splits ward names into their places, and a town beats the ward part of the same name', () => {
    expect(places.map((p) => p.name)).toEqual([
      'Adwick le Street',
      'Askern',
      'Askern Family Hub',
      'Balby',
      'Balby North',
      'Bentley',
      'Hexthorpe',
      'Hexthorpe & Balby North',
      'Norton',
      'Norton & Askern',
    ]);
    expect(places.find((p) => p.name === 'Askern')).toEqual({ name: 'Askern', lat: 53.61, lng: -1.151 });
  });

  it('finds a place by its name, the start of it, a slip of spelling, or with the area after it', () => {
    expect(findPlace('bentley', places)?.name).toBe('Bentley');
    expect(findPlace('Bentley, Doncaster', places, 'Doncaster')?.name).toBe('Bentley');
    expect(findPlace('Adwick', places)?.name).toBe('Adwick le Street');
    expect(findPlace('Hexthorp', places)?.name).toBe('Hexthorpe');
    expect(findPlace('askern family hub', places)?.name).toBe('Askern Family Hub');
  });

  it('does not guess when a start is shared or the text is too short or too far off', () => {
    expect(findPlace('Askern F', places)).toBeUndefined();
    expect(findPlace('Ba', places)).toBeUndefined();
    expect(findPlace('Sheffield', places)).toBeUndefined();
  });
});
