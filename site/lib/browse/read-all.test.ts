import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../search/results.ts';
import { readAll } from './read-all.ts';

/** A stand-in engine over `total` numbered services that answers one page at a time, as the real ones do. */
const pagedEngine =
  (total: number) =>
  (page: number, size: number): SearchResults => {
    const ids = Array.from({ length: total }, (_, i) => i).slice((page - 1) * size, page * size);
    return {
      hits: ids.map((i) => ({ serviceId: `s${i}` }) as SearchResults['hits'][number]),
      total,
      page,
      size,
      totalPages: Math.ceil(total / size),
      facets: {} as SearchResults['facets'],
      engine: 'embedded',
    };
  };

describe('readAll', () => {
  it('reads past 10,000 services, page after page, without losing or repeating one', () => {
    const all = readAll(pagedEngine(12_345), 5_000);
    expect(all.hits).toHaveLength(12_345);
    expect(new Set(all.hits.map((h) => h.serviceId)).size).toBe(12_345);
    expect(all).toMatchObject({ total: 12_345, page: 1, totalPages: 1 });
  });

  it('says so when the pages do not add up to the total', () => {
    const short = (page: number, size: number) => ({ ...pagedEngine(10)(page, size), total: 11, totalPages: 2 });
    expect(() => readAll(short, 5)).toThrow(/read 10 services but the search engine counted 11/);
  });
});
