import { describe, expect, it } from 'vitest';
import { emptyQuery, type Query } from '../../site/lib/search/query.ts';
import { boostTierRequests, toMeilisearchRequest } from '../../site/lib/search/meilisearch-request.ts';

/**
 * Pins the exact filter strings (and sort) Meilisearch receives for a table of queries. These strings are
 * the Meilisearch half of the shared semantics in site/lib/search/filters.ts; the contract suite checks
 * their effect on a real Meilisearch when one is configured.
 */
const PUBLIC = 'status = "active" AND review IN ["current", "overdue"]';
const balby = { lat: 53.50451, lng: -1.15627, label: 'DN4 0TY' };
const q = (over: Partial<Query>): Query => ({ ...emptyQuery(), ...over });

const table: [string, Partial<Query>, string, string[]?][] = [
  ['no filters: only open, reviewed services', {}, PUBLIC],
  ['one need', { needs: ['send'] }, `${PUBLIC} AND needs = "send"`],
  ['needs, any of', { needs: ['send', 'parenting'] }, `${PUBLIC} AND needs IN ["send", "parenting"]`],
  ['a child of 12', { ageMin: 12, ageMax: 12 }, `${PUBLIC} AND age_min <= 12 AND age_max >= 12`],
  ['a young person of 22 with SEND', { ageMin: 22, ageMax: 22, send: true }, `${PUBLIC} AND age_min <= 22 AND send_max >= 22`],
  ['an age range', { ageMin: 0.5, ageMax: 4 }, `${PUBLIC} AND age_min <= 4 AND age_max >= 0.5`],
  ['a locality', { locality: 'north' }, `${PUBLIC} AND localities = "north"`],
  [
    'within 5 miles, nearest first',
    { near: balby, radius: 5, sort: 'distance' },
    `${PUBLIC} AND (_geoRadius(53.50451, -1.15627, 8047) OR has_venue = false)`,
    ['_geoPoint(53.50451, -1.15627):asc'],
  ],
  ['near, best match first', { near: balby }, PUBLIC],
  [
    'everything at once',
    {
      needs: ['youth'],
      free: true,
      access: ['drop-in', 'self-referral'],
      delivery: ['in-person'],
      level: 'universal',
      language: 'pl',
      day: 'saturday',
      hubs: true,
    },
    `${PUBLIC} AND needs = "youth" AND cost = "free" AND access IN ["drop-in", "self-referral"] AND delivery = "in-person" AND level = "universal" AND languages = "pl" AND days = "saturday" AND hub = true`,
  ],
];

describe('Meilisearch request (golden)', () => {
  it.each(table)('%s', (_name, over, filter, sort = []) => {
    const request = toMeilisearchRequest(q(over));
    expect(request.filter).toBe(filter);
    expect(request.sort).toEqual(sort);
  });

  it('pages, counts facets and keeps the query text', () => {
    expect(toMeilisearchRequest(q({ q: "won't go to school", page: 3, size: 20 }))).toEqual({
      q: "won't go to school",
      filter: PUBLIC,
      sort: [],
      facets: ['needs', 'level', 'access', 'delivery', 'cost', 'languages', 'localities', 'days', 'hub'],
      page: 3,
      hitsPerPage: 20,
      matchingStrategy: 'last',
    });
    expect(toMeilisearchRequest(q({}), { facets: [] }).facets).toEqual([]);
  });

  it('quotes values so they cannot change the filter', () => {
    expect(toMeilisearchRequest(q({ locality: 'x" OR status = "temporarily-closed' })).filter).toBe(
      `${PUBLIC} AND localities = "x\\" OR status = \\"temporarily-closed"`,
    );
  });
});

describe('Meilisearch requests for a need boost (golden)', () => {
  it('asks for two disjoint halves: the services with a boosted need, and the rest', () => {
    const tiers = boostTierRequests(q({ q: 'wont school', ageMin: 13, ageMax: 13, boostNeeds: ['school-learning', 'child-mental-health'] }))!;
    const base = `${PUBLIC} AND age_min <= 13 AND age_max >= 13`;
    expect(tiers.boosted.filter).toBe(`${base} AND needs IN ["school-learning", "child-mental-health"]`);
    expect(tiers.rest.filter).toBe(`${base} AND NOT needs IN ["school-learning", "child-mental-health"]`);
    expect(tiers.boosted.q).toBe('wont school');
  });

  it('makes no halves without a boost, or when every need filtered on is boosted', () => {
    expect(boostTierRequests(q({ q: 'autism' }))).toBeUndefined();
    expect(boostTierRequests(q({ needs: ['send'], boostNeeds: ['send'] }))).toBeUndefined();
  });

  it('orders the services of several needs filtered on by one of them (the fallback to the needs alone)', () => {
    const tiers = boostTierRequests(q({ needs: ['domestic-abuse', 'staying-safe'], boostNeeds: ['domestic-abuse'] }))!;
    expect(tiers.boosted.filter).toBe(`${PUBLIC} AND needs IN ["domestic-abuse", "staying-safe"] AND needs IN ["domestic-abuse"]`);
    expect(tiers.rest.filter).toBe(`${PUBLIC} AND needs IN ["domestic-abuse", "staying-safe"] AND NOT needs IN ["domestic-abuse"]`);
  });
});
