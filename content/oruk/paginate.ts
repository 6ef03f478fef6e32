import type { OrukPage } from './types.ts';

/**
 * Static pages of a list. The site is static, so `?page=2` cannot work: page N of a list lives at
 * `<list>/page/N.json`, and page 1 also at `<list>/index.json` (what `/oruk/<list>/` serves). See docs/oruk.md.
 */
export function paginate<T>(items: T[], pageSize: number): OrukPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`The page size must be a whole number above 0, not ${pageSize}`);
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, i) => {
    const contents = items.slice(i * pageSize, (i + 1) * pageSize);
    return {
      total_items: items.length,
      total_pages: totalPages,
      page_number: i + 1,
      size: contents.length,
      first_page: i === 0,
      last_page: i === totalPages - 1,
      empty: items.length === 0,
      contents,
    };
  });
}
