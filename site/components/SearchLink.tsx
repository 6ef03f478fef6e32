/**
 * A link to another search: a real URL (it works opened in a new tab, shared, or before the island runs) that
 * the search island follows in place, without a page load, through `onGo`.
 */
import type { ReactNode } from 'react';
import { paramsFromForm, type SearchForm } from '../lib/search-form.ts';

export function searchHref(form: SearchForm): string {
  const qs = paramsFromForm(form).toString();
  return qs ? `/search/?${qs}` : '/search/';
}

export default function SearchLink(props: { form: SearchForm; onGo: (form: SearchForm) => void; label?: string; children: ReactNode }) {
  return (
    <a
      href={searchHref(props.form)}
      aria-label={props.label}
      onClick={(e) => {
        e.preventDefault();
        props.onGo(props.form);
      }}
    >
      {props.children}
    </a>
  );
}
