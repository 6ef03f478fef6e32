import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedListing, ResolvedVenue } from '../../../content/lib/load-directory.ts';
import { loadDirectory } from '../../../content/lib/load-directory.ts';
import { listingSchema, type ListingInput } from '../../../content/schema/index.ts';
import { directoryDocuments, documentId, inFinalOrder, toSearchDocuments, type DocumentDraft } from './search-document.ts';

const root = resolve(import.meta.dirname, '../../..');
const vocab = {
  needs: [
    {
      id: 'send',
      label: 'SEND',
      hint: 'h',
      phrases: ['autism', 'EHCP'],
      dfe_direct: true,
      dfe_categories: [{ parent: 'p', name: 'n' }],
      ages: { min: 0, max: 25 },
    },
    {
      id: 'parenting',
      label: 'Parenting support',
      hint: 'h',
      phrases: ['Triple P'],
      dfe_direct: true,
      dfe_categories: [{ parent: 'p', name: 'n' }],
      ages: { min: 0, max: 25 },
    },
  ],
};

function loaded(input: Partial<ListingInput>, venues: Partial<ResolvedVenue>[] = [], over: Partial<LoadedListing> = {}): LoadedListing {
  const listing = listingSchema.parse({
    name: 'Autism parent group',
    organization: 'Example Charity',
    summary: 'A group for parents of autistic children.',
    description: 'Meet **other parents**. [Read more](https://example.org/more)\n\n- Tea\n- Biscuits',
    needs: ['send', 'parenting'],
    level_of_need: 'targeted',
    access_routes: ['self-referral'],
    cost: 'free',
    service_areas: ['north'],
    url: 'https://example.org',
    assured_date: '2026-10-01',
    ...input,
    // Venues come in resolved (below), so the schema sees an online service; delivery is set back after.
    delivery: ['online'],
  });
  if (input.delivery) listing.delivery = input.delivery;
  return {
    id: 'example-charity/autism-parent-group',
    file: 'x.yaml',
    listing: { ...listing, minimum_age: listing.minimum_age ?? 0, maximum_age: listing.maximum_age ?? 18 },
    venues: venues.map((v) => ({
      name: 'Venue',
      address_1: '1 High Street',
      city: 'Doncaster',
      postal_code: 'DN4 0TY',
      hide_address: false,
      accessibility: [],
      lat: 53.5,
      lng: -1.15,
      wardCode: 'E05010732',
      locality: 'central',
      approximate: false,
      ...v,
    })),
    localitiesServed: ['north'],
    review: { dueDate: '2027-04-01', state: 'current', daysOverdue: 0 },
    ...over,
  };
}

describe('toSearchDocuments', () => {
  it('makes one document per venue, each with its own point, sharing the service id', () => {
    const docs = toSearchDocuments(
      loaded({ delivery: ['in-person'], minimum_age: 2, maximum_age: 16, send_maximum_age: 25 }, [
        { name: 'Balby Family Hub', hub: 'balby-family-hub', lat: 53.49, lng: -1.16 },
        {
          name: 'Thorne Library',
          postal_code: 'DN8 5AA',
          city: 'Thorne',
          lat: 53.61,
          lng: -0.96,
          schedules: [{ days: ['saturday'], opens_at: '10:00', closes_at: '12:00' }],
        },
      ]),
      vocab,
    );
    expect(docs.map((d) => [d.id, d.serviceId, d.venue, d._geo, d.hub, d.hubIds])).toEqual([
      ['example-charity__autism-parent-group__v0', 'example-charity/autism-parent-group', 0, { lat: 53.49, lng: -1.16 }, true, ['balby-family-hub']],
      ['example-charity__autism-parent-group__v1', 'example-charity/autism-parent-group', 1, { lat: 53.61, lng: -0.96 }, false, []],
    ]);
    expect(docs[1]).toMatchObject({ days: ['saturday'], town: 'Thorne', postcode: 'DN8 5AA', address: '1 High Street', has_venue: true });
    expect(docs[0]).toMatchObject({ age_min: 2, age_max: 16, send_max: 25 });
  });

  it('still makes one document, with no point, for a service without a venue', () => {
    const [doc, ...rest] = toSearchDocuments(loaded({ schedules: [{ days: ['friday', 'monday'], opens_at: '09:00', closes_at: '17:00' }] }), vocab);
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({ id: 'example-charity__autism-parent-group', venue: -1, has_venue: false, days: ['monday', 'friday'], postcode: '' });
    expect(doc).not.toHaveProperty('_geo');
  });

  it('carries ages as numbers, with the SEND maximum falling back to the maximum', () => {
    const [doc] = toSearchDocuments(loaded({ minimum_age: 0.5, maximum_age: 11 }), vocab);
    expect([doc!.age_min, doc!.age_max, doc!.send_max]).toEqual([0.5, 11, 11]);
  });

  it('carries need ids, labels and everyday phrases as searchable text', () => {
    const [doc] = toSearchDocuments(loaded({}), vocab);
    expect(doc).toMatchObject({
      needs: ['send', 'parenting'],
      needLabels: ['SEND', 'Parenting support'],
      needPhrases: ['autism', 'EHCP', 'Triple P'],
    });
    expect(doc!.description).toBe('Meet other parents. Read more Tea Biscuits');
  });

  it('carries the localities served, status and review state', () => {
    const [doc] = toSearchDocuments(
      loaded({ status: 'temporarily-closed' }, [], {
        localitiesServed: ['north', 'east'],
        review: { dueDate: '2026-01-01', state: 'lapsed', daysOverdue: 300 },
      }),
      vocab,
    );
    expect(doc).toMatchObject({ localities: ['north', 'east'], status: 'temporarily-closed', review: 'lapsed' });
  });

  it('never carries a hidden street address or full postcode', () => {
    const [doc] = toSearchDocuments(
      loaded({ delivery: ['in-person'] }, [
        { hide_address: true, address_1: '12 Secret Road', postal_code: 'DN4 0TY', lat: 53.51, lng: -1.14, approximate: true },
      ]),
      vocab,
    );
    expect(doc).toMatchObject({ address: '', postcode: 'DN4', approximate: true, _geo: { lat: 53.51, lng: -1.14 } });
    expect(JSON.stringify(doc)).not.toMatch(/Secret|0TY/);
  });

  it('makes Meilisearch-safe ids', () => {
    expect(documentId('a-b/c-d', 2)).toBe('a-b__c-d__v2');
    expect(documentId('a-b/c-d', -1)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('transforms the example directory', () => {
    const dir = loadDirectory({ contentDir: resolve(root, 'content'), root });
    const docs = dir.listings.flatMap((l) => toSearchDocuments(l, dir.vocab));
    expect(docs.length).toBeGreaterThanOrEqual(dir.listings.length);
    for (const d of docs) expect(d.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('numbers the whole directory in one final order: level of need, then name, then listing and venue', () => {
    const dir = loadDirectory({ contentDir: resolve(root, 'content'), root });
    const docs = directoryDocuments(dir.listings, dir.vocab);
    expect(docs.map((d) => d.tiebreak)).toEqual(docs.map((_, i) => i));
    const levels = ['universal', 'targeted', 'specialist'];
    for (let i = 1; i < docs.length; i++) expect(levels.indexOf(docs[i]!.level)).toBeGreaterThanOrEqual(levels.indexOf(docs[i - 1]!.level));
  });
});

describe('inFinalOrder', () => {
  const draft = (serviceId: string, name: string, level: string, venue = 0) => ({ serviceId, name, level, venue }) as DocumentDraft;
  const order = (drafts: DocumentDraft[]) => inFinalOrder(drafts).map((d) => `${d.tiebreak}:${d.serviceId}@${d.venue}`);

  it('puts the least intrusive help first, then names (case and accents ignored), then listing and venue', () => {
    const drafts = [
      draft('b/specialist', 'Apple', 'specialist'),
      draft('a/zebra', 'zebra club', 'universal'),
      draft('c/cafe', 'Café Play', 'universal', 1),
      draft('c/cafe', 'Café Play', 'universal', 0),
      draft('d/early', 'Early help', 'targeted'),
      draft('e/cafe', 'cafe play', 'universal'),
    ];
    const want = ['0:c/cafe@0', '1:c/cafe@1', '2:e/cafe@0', '3:a/zebra@0', '4:d/early@0', '5:b/specialist@0'];
    expect(order(drafts)).toEqual(want);
    // The order never depends on the order the files were read in.
    expect(order([...drafts].reverse())).toEqual(want);
  });
});
