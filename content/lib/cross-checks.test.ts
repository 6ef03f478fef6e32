import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingSchema, type Listing } from '../schema/index.ts';
import { crossCheck } from './cross-checks.ts';
import { loadPostcodesIn } from './postcodes.ts';
import { loadCouncil, loadVocabularies } from './vocabularies.ts';

const contentDir = join(resolve(import.meta.dirname, '../..'), 'content');
const ctx = {
  vocab: loadVocabularies(contentDir),
  council: loadCouncil(contentDir),
  postcodes: loadPostcodesIn(contentDir),
  today: '2026-11-26',
};

const base = listingSchema.parse({
  name: 'Stay and Play',
  organization: 'Fixture',
  summary: 'Play sessions for under 5s.',
  description: 'Come and play.',
  needs: ['family-activities'],
  level_of_need: 'universal',
  access_routes: ['drop-in'],
  cost: 'free',
  delivery: ['in-person'],
  locations: [{ name: 'Balby Family Hub', address_1: 'Oswin Avenue', city: 'Doncaster', postal_code: 'DN4 0TY', hub: 'balby-family-hub' }],
  service_areas: ['central'],
  contacts: [{ phone: '0114 496 0101' }],
  assured_date: '2026-10-01',
});
const check = (changes: Partial<Listing>) => crossCheck({ ...base, ...changes }, ctx);
const venue = (changes: Partial<Listing['locations'][number]>) => ({ locations: [{ ...base.locations[0]!, ...changes }] });

describe('crossCheck', () => {
  it('finds nothing wrong with a good listing', () => {
    expect(check({})).toEqual([]);
  });
  it('tells a postcode outside the borough from an unknown one inside it', () => {
    expect(check(venue({ postal_code: 'S1 2HE', hub: undefined }))[0]?.message).toMatch(/^S1 2HE is outside Doncaster\./);
    expect(check(venue({ postal_code: 'DN4 9ZZ', hub: undefined }))[0]?.message).toMatch(/^DN4 9ZZ is not a Doncaster postcode we know\./);
  });
  it('warns when a venue names a hub that is somewhere else', () => {
    expect(check(venue({ postal_code: 'DN1 1AA' }))).toEqual([
      {
        path: ['locations', 0, 'hub'],
        severity: 'warning',
        message: expect.stringMatching(/^Balby Family Hub is at DN4 0TY, but this venue's postcode is DN1 1AA\./),
      },
    ]);
  });
  it('refuses an assured date in the future, and allows today', () => {
    expect(check({ assured_date: '2026-11-27' })).toEqual([expect.objectContaining({ path: ['assured_date'], severity: 'error' })]);
    expect(check({ assured_date: '2026-11-26' })).toEqual([]);
  });
  it('suggests the nearest id for unknown needs, localities, languages and accessibility facts', () => {
    const found = check({ needs: ['parentng'], service_areas: ['nort'], languages: ['pol'], ...venue({ accessibility: ['step-fre'] }) });
    expect(found.map((f) => f.message.match(/Did you mean "([^"]+)"/)?.[1])).toEqual(['parenting', 'north', 'pl', 'step-free']);
  });
  it('suggests the id for the words providers reach for, from the right list only', () => {
    const found = check({ languages: ['polish'], ...venue({ accessibility: ['wheelchair'] }), needs: ['toilet'] });
    expect(found.map((f) => f.message.match(/Did you mean "([^"]+)"/)?.[1])).toEqual([undefined, 'pl', 'step-free']);
  });
  it('warns about "click here" link text', () => {
    expect(check({ description: 'To book, [click here](https://example.org/book).' })).toEqual([
      expect.objectContaining({ path: ['description'], severity: 'warning' }),
    ]);
  });
});
