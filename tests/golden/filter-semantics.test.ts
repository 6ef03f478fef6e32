/**
 * The Meilisearch filter strings mean what the embedded engine does. Without a Meilisearch server here, this
 * reads each rendered filter string with a small reader of Meilisearch's filter syntax (only the forms
 * meilisearch-request.ts writes: =, IN, <=, >=, _geoRadius, OR in brackets, AND) and checks it picks exactly
 * the fixture documents the shared clauses pick, for every contract query and a sweep of ages and radii.
 * It checks our rendering, not Meilisearch itself: tests/contract/meilisearch.test.ts does that on a server.
 */
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../site/lib/search/search-document.ts';
import { filterClauses, haversineMiles, matchesAll, METRES_PER_MILE } from '../../site/lib/search/filters.ts';
import { toMeilisearchRequest } from '../../site/lib/search/meilisearch-request.ts';
import { parseQuery } from '../../site/lib/search/query.ts';
import { loadFixture } from '../contract/fixture.ts';
import { CONTRACT } from '../contract/search-contract.ts';

type Test = (d: SearchDocument) => boolean;

/** Meilisearch's reading of one condition, for the forms we write. */
function condition(text: string): Test {
  const geo = /^\(_geoRadius\(([-\d.]+), ([-\d.]+), (\d+)\) OR has_venue = false\)$/.exec(text);
  if (geo) {
    const [lat, lng, metres] = [Number(geo[1]), Number(geo[2]), Number(geo[3])];
    return (d) => !d.has_venue || (d._geo !== undefined && haversineMiles({ lat, lng }, d._geo) * METRES_PER_MILE <= metres);
  }
  const cmp = /^(\w+) (<=|>=) ([\d.]+)$/.exec(text);
  if (cmp) {
    const [field, op, n] = [cmp[1]!, cmp[2]!, Number(cmp[3])];
    return (d) => (op === '<=' ? (d as never)[field] <= n : (d as never)[field] >= n);
  }
  const eq = /^(\w+) (=|IN) (.+)$/.exec(text);
  if (eq) {
    const field = eq[1]!;
    const values: string[] = eq[2] === 'IN' ? JSON.parse(eq[3]!) : [eq[3]!.startsWith('"') ? JSON.parse(eq[3]!) : eq[3]!];
    // Meilisearch compares facet values as strings: true, false and numbers included.
    return (d) => {
      const v = (d as unknown as Record<string, unknown>)[field];
      return (Array.isArray(v) ? v : [v]).some((x) => values.includes(String(x)));
    };
  }
  throw new Error(`The filter reader does not know "${text}"`);
}

function meilisearchFilter(filter: string): Test {
  const parts = filter.split(' AND ').map(condition);
  return (d) => parts.every((p) => p(d));
}

describe('Meilisearch filter strings select what the shared clauses select', () => {
  const fixture = loadFixture();
  const sweep = [
    ...CONTRACT.map((c) => c.params),
    ...[0, 0.5, 1, 4, 5, 11, 16, 17, 18, 19, 22, 24, 25].flatMap((a) => [`age=${a}`, `age=${a}&send=1`]),
    ...[1, 2, 5, 10, 20].flatMap((r) => [`near=DN4+0TY&radius=${r}`, `near=DN8+4SB&radius=${r}&hubs=1`, `near=DN12&radius=${r}&free=1`]),
    'age_min=3&age_max=12&send=1&locality=east&access=booking&access=drop-in&delivery=online&delivery=in-person',
  ];

  it.each(sweep)('%s', (params) => {
    const { query, errors } = parseQuery(new URLSearchParams(params), fixture.ctx);
    expect(errors).toEqual([]);
    const clauses = filterClauses(query);
    const filter = meilisearchFilter(toMeilisearchRequest(query).filter);
    const byClauses = fixture.docs.filter((d) => matchesAll(d, clauses)).map((d) => d.id);
    const byFilter = fixture.docs.filter(filter).map((d) => d.id);
    expect(byFilter).toEqual(byClauses);
  });

  it('can tell them apart when they differ (the reader is not a rubber stamp)', () => {
    const { query } = parseQuery(new URLSearchParams('age=22&send=1'), fixture.ctx);
    const wrong = meilisearchFilter(toMeilisearchRequest({ ...query, send: false }).filter);
    expect(fixture.docs.filter(wrong).length).toBeLessThan(fixture.docs.filter((d) => matchesAll(d, filterClauses(query))).length);
  });
});
