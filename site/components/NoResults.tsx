/**
 * No services found: each filter that, taken off on its own, would find some ("Remove 'Free' (12 services)"),
 * most first; or, when no single filter is to blame, the way to browse by need.
 */
import { en as t } from '../i18n/en.ts';
import type { SearchForm } from '../lib/search-form.ts';
import SearchLink from './SearchLink.tsx';

export interface Loosening {
  key: string;
  label: string;
  total: number;
  form: SearchForm;
}

export default function NoResults(props: { loosen: readonly Loosening[]; onGo: (form: SearchForm) => void }) {
  return (
    <div className="inset">
      <h3>{t.results.noResultsHeading}</h3>
      {props.loosen.length > 0 ? (
        <>
          <p>{t.results.noResultsHelp}</p>
          <ul>
            {props.loosen.map((l) => (
              <li key={l.key}>
                <SearchLink form={l.form} onGo={props.onGo}>
                  {t.results.loosen(l.label, l.total)}
                </SearchLink>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t.results.noResultsFallback} <a href="/">{t.results.browseByNeed}</a>.
        </p>
      )}
    </div>
  );
}
