import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPostcodes, POSTCODES_FILE } from '../lib/postcodes.ts';
import { loadCouncil } from '../lib/vocabularies.ts';
import { boundsOfPostcodeCsv, placeService } from './area.ts';

const content = join(import.meta.dirname, '../../content');
const csvPath = join(content, POSTCODES_FILE);
const ctx = {
  council: loadCouncil(content),
  postcodes: loadPostcodes(csvPath),
  bounds: boundsOfPostcodeCsv(readFileSync(csvPath, 'utf8')),
  localityNames: ['North', 'East'],
};
const place = (p: Partial<Parameters<typeof placeService>[0]>) => placeService({ postcodes: [], points: [], areaNames: [], ...p }, ctx);

describe('placing a service in the council area', () => {
  it('places it by a venue postcode, a map point or a service area named after the council or a locality', () => {
    expect(place({ postcodes: ['DN4 0TY'] }).placement).toBe('in');
    expect(place({ points: [{ lat: 53.52, lng: -1.13 }] }).placement).toBe('in');
    expect(place({ areaNames: ['Doncaster'] }).placement).toBe('in');
    expect(place({ areaNames: ['North'] }).placement).toBe('in');
  });

  it('says where it is instead when the evidence is elsewhere', () => {
    const p = place({ postcodes: ['LS1 5AB'], points: [{ lat: 51.5, lng: -0.12 }], areaNames: ['Leeds'] });
    expect(p.placement).toBe('out');
    expect(p.elsewhere).toEqual(['LS1 5AB', 'the map point 51.500, -0.120', 'Leeds']);
  });

  it('cannot place a service with no evidence, and ignores sentences and null island', () => {
    expect(place({}).placement).toBe('unknown');
    expect(
      place({ points: [{ lat: 0, lng: 0 }], areaNames: ['The service is available to all residents of the area, in our offices or online.'] })
        .placement,
    ).toBe('unknown');
  });

  it('knows a national service', () => {
    expect(place({ areaNames: ['National'] })).toMatchObject({ placement: 'in', national: true });
  });
});
