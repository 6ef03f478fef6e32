/**
 * One search, from its query to what the results section shows: the engine's answer to the words as understood
 * (help with an urgent danger the words show ranked first, ADR 16), what understanding and any fallback did, in
 * words, and, when nothing is found, each single filter whose removal finds something. SearchApp.tsx decides
 * when to search and keeps only the latest search's outcome; this is what one search does.
 */
import type { Outcome } from '../components/ResultsSection.tsx';
import type { SignpostPanel } from '../lib/signpost-panels.ts';
import { activeFilters, paramsFromForm, type FilterLabels, type SearchForm } from '../lib/search-form.ts';
import { parseQuery, type Query, type QueryContext, type QueryError } from '../lib/search/query.ts';
import type { SearchLoaders } from './search-loaders.ts';

export interface SearchRun {
  /** The form as searched, and the query and problems read from it. */
  form: SearchForm;
  query: Query;
  errors: QueryError[];
  ctx: QueryContext;
  load: SearchLoaders;
  /** The urgent-help topics already asked for the words as typed (form.q). */
  panels: ReturnType<SearchLoaders['signposts']>;
  /** Which need pages each urgent-help panel links to. */
  panelNeedPages: ReadonlyMap<SignpostPanel['id'], SignpostPanel['needPages']>;
  filterLabels: FilterLabels;
  needLabel: (id: string) => string;
}

/** Throws when the engine or the machinery cannot be loaded: the island then says the search failed. */
export async function searchOutcome({
  form,
  query,
  errors,
  ctx,
  load,
  panels,
  panelNeedPages,
  filterLabels,
  needLabel,
}: SearchRun): Promise<Outcome> {
  // The trigger words too (fetched as the island started): a search that shows a panel ranks help with that
  // danger first, as on the CLI. Without them (a failed fetch) search understands the words alone.
  const [r, searchEngine, understandContext, topics] = await Promise.all([
    load.runtime(),
    load.engine(),
    load.understanding(),
    query.q === form.q ? panels : load.signposts(query.q),
  ]);
  const answered = topics && r.answeredSignposter(new Map([[query.q, topics]]));
  const withUrgent = answered ? { ...understandContext, urgentNeeds: r.urgentNeeds(answered, panelNeedPages) } : understandContext;
  const searched = await r.searchUnderstood(searchEngine, query, withUrgent);
  const results = searched.results;
  const understood = r.describeUnderstanding(searched.understanding, needLabel);
  const fallback = r.describeFallback(searched.steps, needLabel);
  const loosen: Outcome['loosen'] = [];
  if (results.total === 0) {
    for (const a of activeFilters(form, filterLabels)) {
      const loose = await searchEngine.search(parseQuery(paramsFromForm(a.without), ctx).query);
      if (loose.total > 0) loosen.push({ key: a.key, label: a.label, total: loose.total, form: a.without });
    }
    loosen.sort((a, b) => b.total - a.total);
  }
  return { results, errors, loosen, understood, fallback };
}
