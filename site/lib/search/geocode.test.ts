import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../../content/lib/postcodes.ts';
import { boundsOf, districtOf, geocode, readPostcode, shapeDistrictTables } from './geocode.ts';

const csv = `postcode,outcode,latitude,longitude,positional_quality,ward2023_name_pip,ward2023_code_pip
DN4 0TY,DN4,53.5,-1.16,1,Balby South,E05010730
DN4 0TZ,DN4,53.6,-1.18,1,Balby South,E05010730
DN12 4AQ,DN12,53.49,-1.24,1,Conisbrough,E05010733
`;
const tables = shapeDistrictTables(csv);

describe('geocode', () => {
  it('shapes the lookup into one small table per district', () => {
    expect(tables.DN4).toEqual({ outcode: 'DN4', centre: [53.55, -1.17], postcodes: { '0TY': [53.5, -1.16], '0TZ': [53.6, -1.18] } });
    expect(Object.keys(tables)).toEqual(['DN4', 'DN12']);
  });

  it('finds a postcode however it is typed, and a district by its centre', () => {
    expect(geocode(' dn40ty ', tables, 'Doncaster')).toEqual({ ok: true, point: { lat: 53.5, lng: -1.16 }, label: 'DN4 0TY' });
    expect(geocode('dn4', tables, 'Doncaster')).toEqual({ ok: true, point: { lat: 53.55, lng: -1.17 }, label: 'DN4' });
  });

  it('says plainly what is wrong', () => {
    expect(geocode('S1 2AB', tables, 'Doncaster')).toEqual({
      ok: false,
      message: 'We cannot find the postcode S1 2AB in Doncaster. Check it, or give just the first half, like DN4.',
    });
    expect(geocode('DN4 9ZZ', tables, 'Doncaster')).toMatchObject({ ok: false, message: expect.stringMatching(/like DN4\.$/) });
    expect(geocode('S1', tables, 'Doncaster')).toEqual({
      ok: false,
      message: 'S1 is not a postcode district in Doncaster. Give a postcode in Doncaster, for example DN4 0TY.',
    });
    expect(geocode('my house', tables, 'Doncaster')).toEqual({
      ok: false,
      message: 'We do not know "my house". Give a postcode like DN4 0TY, the first half of one, like DN4, or a town or village in Doncaster.',
    });
  });

  it('finds a place by name when the text is not a postcode', () => {
    const places = [{ name: 'Bentley', lat: 53.54, lng: -1.15 }];
    expect(geocode('bentley', tables, 'Doncaster', places)).toEqual({ ok: true, point: { lat: 53.54, lng: -1.15 }, label: 'Bentley' });
    expect(geocode('Narnia', tables, 'Doncaster', places)).toMatchObject({ ok: false });
  });

  it('reads postcodes exactly as the content library does', () => {
    for (const text of ['dn40ty', 'DN12 4AQ', ' s64  9ed', 'W1A 0AX', 'nonsense', 'DN4']) {
      const read = readPostcode(text);
      expect(read?.kind === 'full' ? read.postcode : undefined).toBe(normalisePostcode(text));
    }
    expect(districtOf('dn12 4aq')).toBe('DN12');
  });

  it('boxes the borough with a margin', () => {
    expect(boundsOf(tables, 0)).toEqual({ south: 53.49, west: -1.24, north: 53.6, east: -1.16 });
  });
});
