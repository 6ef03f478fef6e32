/**
 * Under every results page, an empty one included, so no search is a dead end: the needs that match the words
 * (with their counts when the search has any), every need tile, and how to reach the Families Information Service.
 */
import { en as t } from '../i18n/en.ts';
import type { NeedOffer } from '../lib/dead-end.ts';
import { telHref } from '../lib/format.ts';
import { emptyForm, type SearchForm } from '../lib/search-form.ts';
import SearchLink from './SearchLink.tsx';

export interface DeadEndProps {
  offers: readonly NeedOffer[];
  needs: readonly { id: string; label: string }[];
  /** Open the need tiles when nothing was found; folded otherwise, one stop for the Tab key. */
  noResults: boolean;
  contact: { directory: string; phone: string; email: string };
  onGo: (form: SearchForm) => void;
}

export default function DeadEnd({ offers, needs, noResults, contact, onGo }: DeadEndProps) {
  return (
    <div className="dead-end">
      {offers.length > 0 && (
        <>
          <h3>{t.deadEnd.needsHeading}</h3>
          <ul className="list">
            {offers.map((n) => (
              <li key={n.id}>
                <SearchLink form={{ ...emptyForm(), needs: [n.id] }} onGo={onGo}>
                  {n.count === undefined ? n.label : t.deadEnd.needCount(n.label, n.count)}
                </SearchLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="dead-end__tiles" open={noResults}>
        <summary>{t.deadEnd.tilesHeading}</summary>
        <ul className="choices choices--compact">
          {needs.map((n) => (
            <li key={n.id}>
              <a className="choice" href={`/needs/${n.id}/`}>
                <span className="choice__label">{n.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </details>
      <h3>{t.deadEnd.contactHeading}</h3>
      <p>
        {t.deadEnd.contact(contact.directory)} {t.deadEnd.call} <a href={telHref(contact.phone)}>{contact.phone}</a> or{' '}
        {t.deadEnd.email.toLowerCase()} <a href={`mailto:${contact.email}`}>{contact.email}</a>.
      </p>
    </div>
  );
}
