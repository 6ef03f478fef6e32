/**
 * Static paging for the browse pages: page 1 at the page's own address, later pages at `…/page/N/`. Each page
 * is a plain HTML page, so paging works without JavaScript and a large directory is never cut off.
 */
export const BROWSE_PAGE_SIZE = 20;

export interface BrowsePage<T> {
  items: T[];
  /** From 1. */
  page: number;
  totalPages: number;
  total: number;
  /** Position of the first and last item on this page, from 1 (0 and 0 when there are none). */
  from: number;
  to: number;
}

/** Split `items` into pages of `size`; there is always at least one page, so an empty list still has a page 1. */
export function pagesOf<T>(items: readonly T[], size = BROWSE_PAGE_SIZE): BrowsePage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page size must be a whole number from 1, not ${size}.`);
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return { items: slice, page: i + 1, totalPages, total: items.length, from: slice.length ? i * size + 1 : 0, to: i * size + slice.length };
  });
}

/** The address of page `page` of a browse page at `base` (which ends in "/"). */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}
