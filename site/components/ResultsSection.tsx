/**
 * The search page's results: the count as a heading that takes focus after a search (GOV.UK), the sort when a
 * postcode is given, what the words were understood as and what the fallback did, the results or what to loosen,
 * the pages and, under everything, the way on from a dead end. It shows one search's outcome; the island
 * (SearchApp) runs the search and owns the state.
 */
import type { Ref } from 'react';
import { en as t } from '../i18n/en.ts';
import { toCardData, type CardLabels } from '../lib/card.ts';
import type { NeedOffer } from '../lib/dead-end.ts';
import type { QueryError } from '../lib/search/query.ts';
import type { SearchResults } from '../lib/search/results.ts';
import type { SearchForm } from '../lib/search-form.ts';
import type { UnderstoodPart } from '../lib/understood.ts';
import DeadEnd from './DeadEnd.tsx';
import NoResults, { type Loosening } from './NoResults.tsx';
import ResultCard from './ResultCard.tsx';
import ResultPages from './ResultPages.tsx';
import Understood from './Understood.tsx';

/** One search's outcome, as the island shows it. */
export interface Outcome {
  results?: SearchResults;
  /** What query understanding read from the words, each part undoable. */
  understood: UnderstoodPart[];
  /** What the fallback did, in words. */
  fallback: string[];
  errors: QueryError[];
  /** For no results: each single choice that, removed, gives results. */
  loosen: Loosening[];
}

export interface ResultsSectionProps {
  form: SearchForm;
  /** Undefined until the first search answers. */
  outcome: Outcome | undefined;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  /** The needs the words point to, offered under the results (dead-end.ts). */
  offers: readonly NeedOffer[];
  needs: readonly { id: string; label: string }[];
  contact: { directory: string; phone: string; email: string };
  cardLabels: CardLabels;
  /** Each service's "checked on" date and cost line, fetched apart from the search index to keep it small. */
  dates: Record<string, string>;
  costs: Record<string, string>;
  shortlist: readonly string[];
  onToggleShortlist: (serviceId: string) => void;
  /** A change that keeps focus where it is (the sort, undoing an understood part, a need offered). */
  onApply: (form: SearchForm) => void;
  /** A new set of results the person asked for (a page, a loosening): focus goes to the heading. */
  onGo: (form: SearchForm) => void;
}

export default function ResultsSection(props: ResultsSectionProps) {
  const { form, outcome, onApply, onGo } = props;
  const results = outcome?.results;
  return (
    <section aria-labelledby="results-heading" className="results-section">
      {/* GOV.UK: "N results" as a heading that takes focus after a search or a page change. */}
      <h2 id="results-heading" tabIndex={-1} ref={props.headingRef} className="results-heading">
        {results ? t.results.count(results.total) : t.results.heading}
      </h2>
      <p role="status" aria-live="polite" className="visually-hidden">
        {results ? t.results.count(results.total) : props.busy ? t.results.loading : ''}
      </p>
      {form.near.trim() && results && results.total > 0 && (
        <div className="form-group sort-by">
          <label className="label" htmlFor="f-sort">
            {t.searchForm.sortBy}
          </label>
          <select
            className="select"
            id="f-sort"
            name="sort"
            form="search-form"
            value={form.sort || 'distance'}
            onChange={(e) => onApply({ ...form, sort: e.target.value === 'distance' ? '' : e.target.value, page: '' })}
          >
            <option value="distance">{t.searchForm.sortDistance}</option>
            <option value="relevance">{t.searchForm.sortRelevance}</option>
          </select>
        </div>
      )}
      {results?.notice && <p className="notice">{results.notice}</p>}
      {results && outcome && <Understood parts={outcome.understood} form={form} onGo={onApply} />}
      {outcome?.fallback.map((message) => (
        <p key={message} className="notice">
          {message}
        </p>
      ))}
      {results && outcome && results.total === 0 && <NoResults loosen={outcome.loosen} onGo={onGo} />}
      {results && results.hits.length > 0 && (
        <ul className="results" aria-label={t.results.listLabel}>
          {results.hits.map((h) => (
            <ResultCard
              key={h.serviceId}
              card={toCardData(h, props.cardLabels, props.dates[h.serviceId], props.costs[h.serviceId])}
              inShortlist={props.shortlist.includes(h.serviceId)}
              onToggleShortlist={props.onToggleShortlist}
            />
          ))}
        </ul>
      )}
      {results && <ResultPages form={form} page={results.page} totalPages={results.totalPages} onGo={onGo} />}
      {outcome && <DeadEnd offers={props.offers} needs={props.needs} noResults={results?.total === 0} contact={props.contact} onGo={onApply} />}
    </section>
  );
}
