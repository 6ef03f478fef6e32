import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPostcodes, POSTCODES_FILE } from '../lib/postcodes.ts';
import { loadCouncil, loadVocabularies } from '../lib/vocabularies.ts';
import { boundsOfPostcodeCsv } from './area.ts';
import { importFeed } from './import-feed.ts';
import { deliveryFrom, isoDateFrom, quotedPrice } from './import-rules.ts';

const content = join(import.meta.dirname, '../../content');
const csv = join(content, POSTCODES_FILE);
const ctx = {
  council: loadCouncil(content),
  vocab: loadVocabularies(content),
  postcodes: loadPostcodes(csv),
  today: '2026-11-26',
  bounds: boundsOfPostcodeCsv(readFileSync(csv, 'utf8')),
};
const v1 = (extra: Record<string, unknown>) => ({
  id: 'svc-1',
  name: 'Stay and play',
  status: 'active',
  description: '<p>Play &amp; songs for under-5s.</p>',
  organization: { id: 'o1', name: 'Example Families' },
  assured_date: '2026-10-01T00:00:00',
  service_areas: [{ id: 'a', service_area: 'Doncaster' }],
  contacts: [{ id: 'c', phones: [{ id: 'p', number: '01632 960123' }] }],
  regular_schedules: [],
  ...extra,
});
const one = (record: unknown) => {
  const feed = importFeed([{ file: 'feed.json', json: { content: [record] } }], ctx);
  return { feed, l: feed.listings[0]!, messages: feed.listings[0]?.notes.map((n) => `${n.blocking ? 'MUST ' : ''}${n.message}`) ?? [] };
};

describe('file names and ids', () => {
  it('keeps two services with the same organisation and name but different ids, even when the ids start alike', () => {
    const feed = importFeed([{ file: 'f.json', json: [v1({ id: 'abcdefgh-0001' }), v1({ id: 'abcdefgh-0002' })] }], ctx);
    expect(feed.listings).toHaveLength(2);
    const paths = feed.listings.map((l) => l.path);
    expect(new Set(paths).size).toBe(2);
    expect(paths.every((p) => /^example-families\/stay-and-play-[0-9a-f]{8}$/.test(p))).toBe(true);
    // The same feed, in another order, gives the same names.
    const again = importFeed([{ file: 'f.json', json: [v1({ id: 'abcdefgh-0002' }), v1({ id: 'abcdefgh-0001' })] }], ctx);
    expect(again.listings.map((l) => [l.sourceId, l.path]).sort()).toEqual(feed.listings.map((l) => [l.sourceId, l.path]).sort());
  });

  it('imports and counts services without a string id, and names records that cannot be read', () => {
    const feed = importFeed([{ file: 'f.json', json: [v1({ id: undefined }), v1({ id: { nested: true }, name: 'Other' }), 'not a record'] }], ctx);
    expect(feed.withoutId).toBe(2);
    expect(feed.listings).toHaveLength(2);
    expect(feed.listings[0]!.notes.map((n) => n.message).join(' ')).toContain('id (missing');
  });
});

describe('records of the wrong shape', () => {
  it('reads a number as a name and a string as a one-item list, and ignores what it cannot use', () => {
    const { l } = one(
      v1({
        name: 12345,
        contacts: 'not a list',
        service_at_locations: { id: 's', location: { id: 'l', name: 'Hall', physical_addresses: { postal_code: 'DN4 0TY', address_1: '1 Road' } } },
      }),
    );
    expect(l.listing.name).toBe('12345');
    expect(l.listing.locations?.[0]?.postal_code).toBe('DN4 0TY');
  });

  it('survives deep nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50_000; i += 1) deep = [deep];
    const { l } = one(v1({ pc_targetAudience: deep, description: deep, extra: deep }));
    expect(l.listing.name).toBe('Stay and play');
  });
});

describe('fields real council feeds carry', () => {
  it('maps attending_type to delivery and attending_access to access routes', () => {
    expect(one(v1({ attending_type: 'Phone, Online', attending_access: 'Referral' })).l.listing).toMatchObject({
      delivery: ['online', 'phone'],
      access_routes: ['professional-referral'],
    });
    expect(deliveryFrom(['Venue', 'Advice'])).toEqual({ delivery: ['in-person'], other: ['Advice'] });
  });

  it('never guesses delivery: no venue and no word for it is a must fix', () => {
    expect(one(v1({})).messages).toContainEqual(
      expect.stringMatching(/^MUST The feed does not say how the service is delivered, and it has no venue/),
    );
  });

  it('makes a quoted price a paid service for the editor to check, but not a grant, and not over "Free"', () => {
    expect(one(v1({ attending_type: 'Online', description: 'Sessions cost £3 each.' })).l.listing).toMatchObject({
      cost: 'paid',
      cost_options: [{ amount_description: 'Sessions cost £3 each.' }],
    });
    expect(one(v1({ attending_type: 'Online', fees: 'Free', description: 'Trips cost £5.' })).l.listing.cost).toBe('free');
    expect(quotedPrice(['A one-off grant of up to £300 for a break.'])).toBeUndefined();
  });

  it('finds the phone number in text around it, and says so', () => {
    const { l, messages } = one(
      v1({
        contacts: [
          {
            id: 'c',
            name: 'Office',
            phones: [
              { id: 'p', number: 'Call 01632 960123 (option 2)' },
              { id: 'q', number: 'ask at reception' },
            ],
          },
        ],
      }),
    );
    expect(l.listing.contacts).toEqual([{ name: 'Office', phone: '01632 960123' }]);
    expect(messages).toContainEqual(expect.stringContaining('was written as 01632 960123'));
    expect(messages).toContainEqual(expect.stringContaining('"ask at reception" is not a UK number'));
  });

  it('lists every field it does not map', () => {
    const { messages } = one(v1({ accreditations: 'Ofsted', holiday_schedules: [{ id: 'h' }], empty_field: '' }));
    expect(messages).toContainEqual(expect.stringContaining('accreditations ("Ofsted"), holiday_schedules (1 item)'));
    expect(messages.join(' ')).not.toContain('empty_field');
    // Inside nested records too, by path; ids are not listed.
    const nested = one(
      v1({
        organization: { id: 'o', name: 'Example Families', logo: 'https://example.org/logo.png', description: 'About us' },
        contacts: [{ id: 'c', department: 'Office', phones: [{ id: 'p', number: '01632 960123', language: 'en' }] }],
      }),
    ).messages.join(' ');
    expect(nested).toContain('organization.logo, organization.description, contacts.department, contacts.phones.language');
  });

  it('reads pc_targetAudience as a string, a list or records, through the needs mapping', () => {
    const mapping = new Map([
      ['Autism', { needs: ['send'], reviewed: true }],
      ['Carers', { needs: ['young-carers'], reviewed: false }],
    ]);
    for (const audience of [
      'Autism; Carers',
      ['Autism', 'Carers'],
      [
        { id: 1, targetAudience: 'Autism' },
        { id: 2, targetAudience: 'Carers' },
      ],
    ]) {
      const feed = importFeed([{ file: 'f.json', json: [v1({ pc_targetAudience: audience })] }], { ...ctx, mapping });
      expect(feed.listings[0]!.listing.needs).toEqual(['send', 'young-carers']);
      expect(feed.listings[0]!.notes.map((n) => n.message)).toContainEqual(expect.stringContaining('"Carers" are suggestions'));
    }
  });
});

describe('dates', () => {
  it('keeps the feed’s date in the forms feeds write it, and never invents one', () => {
    expect(isoDateFrom('2024-05-01T10:00:00Z')).toBe('2024-05-01');
    expect(isoDateFrom('01/05/2024')).toBe('2024-05-01');
    expect(isoDateFrom('31/02/2024')).toBeUndefined();
    const missing = one(v1({ assured_date: null }));
    expect(missing.l.listing.assured_date).toBeUndefined();
    expect(missing.messages).toContainEqual(expect.stringMatching(/^MUST The feed gives no assured date/));
    const old = one(v1({ assured_date: '2024-01-10' }));
    expect(old.l.listing.assured_date).toBe('2024-01-10');
    expect(old.l.lapsed).toBe(true);
  });
});

describe('area', () => {
  it('never puts whole-borough by default, and reports a feed it cannot place in one line', () => {
    const feed = importFeed(
      [{ file: 'f.json', json: [v1({ service_areas: [{ service_area: 'Leeds' }] }), v1({ id: 'svc-2', name: 'Other', service_areas: [] })] }],
      ctx,
    );
    expect(feed.unplaced).toMatch(/^None of the 2 services can be placed in Doncaster: the feed places them elsewhere \(for example Leeds\)/);
    for (const l of feed.listings) {
      expect(l.listing.service_areas).toEqual([]);
      expect(l.notes.some((n) => n.kind === 'area' && n.blocking)).toBe(true);
    }
  });

  it('places a venue by its map point, written as text, when its postcode is missing', () => {
    const { l } = one(
      v1({
        service_areas: [],
        service_at_locations: [
          {
            id: 's',
            location: {
              id: 'l',
              name: 'Hall',
              latitude: '53.52',
              longitude: '-1.13',
              physical_addresses: [{ address_1: '1 Road', postal_code: '' }],
            },
          },
        ],
      }),
    );
    expect(l.placement).toBe('in');
  });

  it('takes the whole borough only when the feed names the council or the whole country', () => {
    expect(one(v1({})).l.listing.service_areas).toEqual(['whole-borough']);
    expect(one(v1({ service_areas: [{ service_area: 'National' }] })).messages).toContainEqual(expect.stringContaining('the service is national'));
  });
});
