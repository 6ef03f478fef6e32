import { describe, expect, it } from 'vitest';
import { countFacets, facetTable, sortFacetValues } from './facets.ts';
import { clauseTable, filterClauses, haversineMiles, matchesAll, type FilterableDoc } from './filters.ts';
import { emptyQuery, type Query } from './query.ts';

const doc = (over: Partial<FilterableDoc> = {}): FilterableDoc => ({
  needs: ['send'],
  age_min: 5,
  age_max: 18,
  send_max: 25,
  localities: ['north'],
  cost: 'free',
  access: ['drop-in'],
  delivery: ['in-person'],
  level: 'universal',
  languages: ['en'],
  days: ['monday'],
  hub: false,
  has_venue: true,
  status: 'active',
  review: 'current',
  _geo: { lat: 53.5, lng: -1.1 },
  ...over,
});
const q = (over: Partial<Query>): Query => ({ ...emptyQuery(), ...over });
const matches = (d: FilterableDoc, query: Partial<Query>) => matchesAll(d, filterClauses(q(query)));

describe('filters', () => {
  it('keeps closed and lapsed services out, and overdue ones in', () => {
    expect(matches(doc(), {})).toBe(true);
    expect(matches(doc({ status: 'temporarily-closed' }), {})).toBe(false);
    expect(matches(doc({ review: 'lapsed' }), {})).toBe(false);
    expect(matches(doc({ review: 'overdue' }), {})).toBe(true);
  });

  it('matches a child whose age is inside the range, boundaries included', () => {
    expect(matches(doc(), { ageMin: 5, ageMax: 5 })).toBe(true);
    expect(matches(doc(), { ageMin: 18, ageMax: 18 })).toBe(true);
    expect(matches(doc(), { ageMin: 4.5, ageMax: 4.5 })).toBe(false);
    expect(matches(doc(), { ageMin: 19, ageMax: 19 })).toBe(false);
  });

  it('uses the SEND maximum age only when send is on', () => {
    expect(matches(doc(), { ageMin: 22, ageMax: 22, send: true })).toBe(true);
    expect(matches(doc(), { ageMin: 22, ageMax: 22 })).toBe(false);
    expect(matches(doc({ send_max: 18 }), { ageMin: 22, ageMax: 22, send: true })).toBe(false);
  });

  it('matches an age range by overlap', () => {
    expect(matches(doc(), { ageMin: 0, ageMax: 5 })).toBe(true);
    expect(matches(doc(), { ageMin: 0, ageMax: 4 })).toBe(false);
    expect(matches(doc(), { ageMin: 16 })).toBe(true);
  });

  it('matches needs, locality and the other lists as any-of', () => {
    expect(matches(doc(), { needs: ['parenting', 'send'] })).toBe(true);
    expect(matches(doc(), { needs: ['parenting'] })).toBe(false);
    expect(matches(doc(), { locality: 'south' })).toBe(false);
    expect(matches(doc(), { delivery: ['online', 'in-person'], access: ['drop-in'], language: 'en', day: 'monday', free: true })).toBe(true);
    expect(matches(doc({ cost: 'paid' }), { free: true })).toBe(false);
    expect(matches(doc(), { hubs: true })).toBe(false);
    expect(matches(doc(), { day: 'sunday' })).toBe(false);
    // The weekend is either day: open on Sunday alone is open at the weekend.
    expect(matches(doc({ days: ['sunday'] }), { day: 'weekend' })).toBe(true);
    expect(matches(doc({ days: ['friday'] }), { day: 'weekend' })).toBe(false);
  });

  it('finds venues within the radius, and services with no venue wherever you are', () => {
    const near = { lat: 53.5, lng: -1.2, label: 'x' };
    // 0.1 degrees of longitude at 53.5° N is about 4.1 miles.
    expect(matches(doc(), { near, radius: 5 })).toBe(true);
    expect(matches(doc(), { near, radius: 2 })).toBe(false);
    expect(matches(doc({ has_venue: false, _geo: undefined }), { near, radius: 1 })).toBe(true);
  });

  it('measures distance in miles', () => {
    // Doncaster to Sheffield is about 18 miles as the crow flies.
    expect(haversineMiles({ lat: 53.5228, lng: -1.1285 }, { lat: 53.3811, lng: -1.4701 })).toBeCloseTo(17.4, 0);
    expect(haversineMiles({ lat: 53.5, lng: -1.2 }, { lat: 53.5, lng: -1.1 })).toBeCloseTo(4.1, 1);
  });
});

describe('filters over a whole list of documents at once', () => {
  const docs = [
    doc(),
    doc({ needs: ['send', 'parenting'], age_min: 11, age_max: 16, send_max: 19, localities: ['north', 'south'], cost: 'paid', days: [] }),
    doc({ status: 'temporarily-closed' }),
    doc({ review: 'overdue', hub: true, access: ['drop-in', 'gp-referral'], languages: ['en', 'pl'], level: 'targeted' }),
    doc({ has_venue: false, _geo: undefined, delivery: ['online', 'phone'] }),
    doc({ _geo: { lat: 53.52, lng: -1.13 }, days: ['saturday', 'sunday'] }),
    doc({ has_venue: true, _geo: undefined }),
  ];
  const table = clauseTable(docs);
  const near = { lat: 53.5, lng: -1.2, label: 'x' };

  it.each<Partial<Query>>([
    {},
    { needs: ['parenting', 'autism'] },
    { ageMin: 12, ageMax: 12 },
    { ageMin: 18, ageMax: 18, send: true },
    { ageMin: 0, ageMax: 10 },
    { locality: 'south', free: true },
    { access: ['gp-referral'], language: 'pl', level: 'targeted', hubs: true },
    { delivery: ['phone'], day: 'monday' },
    { day: 'sunday' },
    { near, radius: 1 },
    { near, radius: 5, ageMin: 5 },
    { near, radius: 10, needs: ['send'] },
  ])('selects exactly what matchesAll matches: %o', (over) => {
    const clauses = filterClauses(q(over));
    expect([...table.select(clauses)]).toEqual(docs.map((d) => (matchesAll(d, clauses) ? 1 : 0)));
  });

  it('gives each venue’s distance, and Infinity without one', () => {
    const all = docs.map((_, i) => i);
    expect([...table.milesFrom(near, all)]).toEqual(docs.map((d) => (d._geo ? haversineMiles(near, d._geo) : Infinity)));
    // Somewhere else: only the documents asked for are worked out, the others are not left from before.
    const elsewhere = { lat: 53.6, lng: -1.0 };
    const miles = table.milesFrom(elsewhere, [0]);
    expect(miles[0]).toBe(haversineMiles(elsewhere, docs[0]!._geo!));
    expect(miles[1]).toBeNaN();
  });
});

describe('facets', () => {
  it('counts each value once per document, most common first', () => {
    const counts = countFacets([doc(), doc({ needs: ['send', 'parenting'], cost: 'paid' }), doc({ hub: true })]);
    expect(counts.needs).toEqual({ send: 3, parenting: 1 });
    expect(counts.hub).toEqual({ false: 2, true: 1 });
    expect(sortFacetValues(counts.cost)).toEqual([
      ['free', 2],
      ['paid', 1],
    ]);
    const perService = countFacets([doc({ days: ['monday'] }), doc({ days: ['monday', 'friday'] })], () => 'one-service');
    expect(perService.days).toEqual({ monday: 1, friday: 1 });
    const docs = [doc(), doc({ needs: ['send', 'parenting'], cost: 'paid', days: ['friday'] }), doc({ hub: true, days: ['monday', 'sunday'] })];
    const table = facetTable(docs, (d) => (d.hub ? 'b' : 'a'));
    expect(table.count([0, 1, 2])).toEqual(countFacets(docs, (d) => (d.hub ? 'b' : 'a')));
    expect(table.count([2, 0])).toEqual(countFacets([docs[0]!, docs[2]!], (d) => (d.hub ? 'b' : 'a')));
    expect(sortFacetValues({ b: 1, a: 1, c: 2 })).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 1],
    ]);
  });
});
