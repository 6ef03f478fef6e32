import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.ts';

describe('paginate', () => {
  it('splits a list into numbered pages with the UK profile page fields', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.contents)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[0]).toMatchObject({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    expect(pages[2]).toMatchObject({ page_number: 3, size: 1, first_page: false, last_page: true });
  });

  it('gives one empty page for an empty list, so /services/ always answers', () => {
    expect(paginate([], 10)).toEqual([
      { total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] },
    ]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/page size/);
  });
});
