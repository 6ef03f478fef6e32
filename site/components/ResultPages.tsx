/** "Previous", "Page 2 of 5", "Next" under the search results (the island's version of Pager.astro). */
import { en as t } from '../i18n/en.ts';
import type { SearchForm } from '../lib/search-form.ts';
import SearchLink from './SearchLink.tsx';

export default function ResultPages(props: { form: SearchForm; page: number; totalPages: number; onGo: (form: SearchForm) => void }) {
  const { form, page, totalPages, onGo } = props;
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.results.pagesLabel}>
      {page > 1 && (
        <SearchLink form={{ ...form, page: String(page - 1) }} onGo={onGo}>
          {t.results.previous}
        </SearchLink>
      )}
      <span>{t.results.page(page, totalPages)}</span>
      {page < totalPages && (
        <SearchLink form={{ ...form, page: String(page + 1) }} onGo={onGo}>
          {t.results.next}
        </SearchLink>
      )}
    </nav>
  );
}
