import type { SearchResults } from '../search/results.ts';

/**
 * Every result of a search, read a page (`chunk` services) at a time until the engine's total is reached, as
 * one page holding them all. Browse pages and report counts use it, so a directory larger than one page of
 * results is never cut off without a word.
 */
export function readAll(searchPage: (page: number, size: number) => SearchResults, chunk: number): SearchResults {
  const first = searchPage(1, chunk);
  const hits = [...first.hits];
  for (let page = 2; page <= first.totalPages; page++) hits.push(...searchPage(page, chunk).hits);
  if (hits.length !== first.total)
    throw new Error(`Browse read ${hits.length} services but the search engine counted ${first.total}: the pages of results did not add up.`);
  return { ...first, hits, page: 1, size: Math.max(first.total, 1), totalPages: 1 };
}
