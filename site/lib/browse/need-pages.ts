/**
 * Build time only: the pages of a need's browse list (optionally in one locality), in browse order, from the
 * same embedded engine as search. Cached, because each list is read by several static routes.
 */
import type { SearchHit } from '../search/results.ts';
import { browse } from '../search-build.ts';
import { inBrowseOrder } from './order.ts';
import { pagesOf, type BrowsePage } from './paging.ts';

const cache = new Map<string, BrowsePage<SearchHit>[]>();

export function needBrowsePages(need: string, locality?: string): BrowsePage<SearchHit>[] {
  const key = `${need}/${locality ?? ''}`;
  let pages = cache.get(key);
  if (!pages) {
    const { hits } = browse({ needs: [need], ...(locality ? { locality } : {}) });
    pages = pagesOf(inBrowseOrder(hits, need));
    cache.set(key, pages);
  }
  return pages;
}

/** The address of a need's browse page, in one locality or all of them. */
export function needBase(need: string, locality?: string): string {
  return locality ? `/needs/${need}/${locality}/` : `/needs/${need}/`;
}
