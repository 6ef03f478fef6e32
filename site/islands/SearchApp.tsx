import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import ResultsSection, { type Outcome } from '../components/ResultsSection.tsx';
import SearchFilters from '../components/SearchFilters.tsx';
import SearchWords, { fieldId } from '../components/SearchWords.tsx';
import SignpostPanels from '../components/SignpostPanels.tsx';
import { en as t } from '../i18n/en.ts';
import {
  activeFilters,
  emptyForm,
  formFromParams,
  paramsFromForm,
  searchTitle,
  withLanguageFromText,
  type LanguageName,
  type SearchForm,
} from '../lib/search-form.ts';
import { geocodeWith, loadNearData, type NearData } from '../lib/near-lookup.ts';
import { addId, readStored, removeId, writeStored } from '../lib/shortlist.ts';
import { parseQuery, type QueryContext } from '../lib/search/query.ts';
import { needsToOffer, type NeedChoice } from '../lib/dead-end.ts';
import type { Option } from '../lib/option.ts';
import { panelsFor, type SignpostPanel } from '../lib/signpost-panels.ts';
import { searchLoaders } from './search-loaders.ts';
import { cardLabelsFor, filterLabelsFor, labelOf } from './search-labels.ts';
import { searchOutcome } from './search-outcome.ts';

export interface SearchAppProps {
  needs: (Option & Pick<NeedChoice, 'hint' | 'phrases'>)[];
  localities: Option[];
  accessRoutes: Option[];
  languages: LanguageName[];
  areaName: string;
  /** The page's own title after the search words, e.g. "Find help - Doncaster Family Information Service". */
  baseTitle: string;
  bounds: QueryContext['bounds'];
  meiliUrl?: string | undefined;
  searchKey?: string | undefined;
  /** Urgent-help panels (content/vocabularies/urgent-help.yaml); the words that show them are fetched. */
  signposts: { panels: SignpostPanel[] };
  councilName: string;
  /** The Families Information Service, offered on every results page. */
  contact: { directory: string; phone: string; email: string };
}

/**
 * The search page's island: it enhances the server-rendered GET form. Every change updates the URL (Back
 * works, links can be shared), runs the query model through the search engine, shows counts per filter
 * value and announces how many services were found. What it shows is in components (SearchWords, SearchFilters,
 * ResultsSection and the parts it gathers, SignpostPanels), what it loads in search-loaders.ts, what one search
 * finds in search-outcome.ts and the words for ids in search-labels.ts; what stays here is the state, the URL and
 * which search's outcome is shown, which change together.
 */
export default function SearchApp(props: SearchAppProps) {
  const [form, setForm] = useState<SearchForm>(emptyForm);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [dates, setDates] = useState<Record<string, string>>({});
  const [costs, setCosts] = useState<Record<string, string>>({});
  const [shortlist, setShortlist] = useState<string[]>([]);
  // Open for people without JavaScript and on wide screens; folded on phones once the island runs.
  const [filtersOpen, setFiltersOpen] = useState(true);
  // Urgent topics for the words searched: worked out before (and whatever) the engine answers.
  const [shown, setShown] = useState<string[]>([]);
  // The machinery, the engine, understanding and the words that show each panel (fetched as the island starts):
  // each loaded once, tried again on the next search if it failed.
  const [load] = useState(() => searchLoaders({ meiliUrl: props.meiliUrl, searchKey: props.searchKey }));
  const nearData = useRef<NearData>({ tables: {}, places: undefined });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  // Set by a search the person asked for (Search button, a page link): focus goes to the results (or the
  // problem) once they are shown. Searches while typing or ticking filters leave focus where it is.
  const moveFocus = useRef(false);
  const runId = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const filterLabels = filterLabelsFor(props);
  const cardLabels = cardLabelsFor(props.accessRoutes);

  // The worker starts fetching and building the trigger words now, while the family types.
  useEffect(() => {
    void load.signposts('');
  }, []);

  const context = (): QueryContext => ({
    needIds: props.needs.map((n) => n.id),
    localityIds: props.localities.map((l) => l.id),
    accessRouteIds: props.accessRoutes.map((a) => a.id),
    languageIds: props.languages.map((l) => l.id),
    areaName: props.areaName,
    geocode: (text) => geocodeWith(text, nearData.current, props.areaName),
    ...(props.bounds ? { bounds: props.bounds } : {}),
  });

  // Which need pages each urgent-help panel links to: a search that shows a panel ranks those needs first (ADR 16).
  const panelNeedPages = useMemo(() => new Map(props.signposts.panels.map((p) => [p.id, p.needPages])), [props.signposts]);

  const run = useCallback(async (f: SearchForm) => {
    const id = ++runId.current;
    // The panel shows as soon as the worker answers, usually before the engine does.
    const panels = load.signposts(f.q);
    void panels.then((topics) => {
      if (id === runId.current) setShown(topics ?? []);
    });
    setBusy(true);
    // Fetch only what the postcode box needs: the district typed, or the place names.
    nearData.current = await loadNearData(f.near, nearData.current);
    const ctx = context();
    const { query, errors } = parseQuery(paramsFromForm(f), ctx);
    try {
      const next = await searchOutcome({
        form: f,
        query,
        errors,
        ctx,
        load,
        panels,
        panelNeedPages,
        filterLabels,
        needLabel: (id) => labelOf(props.needs, id),
      });
      if (id === runId.current) setOutcome(next);
    } catch {
      if (id === runId.current)
        setOutcome({ errors: [...errors, { param: 'q', value: '', message: t.results.searchFailed }], loosen: [], understood: [], fallback: [] });
    } finally {
      if (id === runId.current) setBusy(false);
    }
  }, []);

  useEffect(() => {
    const fromUrl = () => {
      const f = withLanguageFromText(formFromParams(new URLSearchParams(window.location.search)), props.languages);
      setForm(f);
      void run(f);
    };
    fromUrl();
    setShortlist(readStored());
    if (window.matchMedia('(max-width: 640px)').matches) setFiltersOpen(false);
    fetch('/service-dates.json')
      .then((r) => r.json() as Promise<Record<string, string>>)
      .then(setDates, () => undefined);
    fetch('/service-costs.json')
      .then((r) => r.json() as Promise<Record<string, string>>)
      .then(setCosts, () => undefined);
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [run]);

  /** Apply a new form: into the URL (a new history entry unless typing), then search. */
  const apply = (next: SearchForm, mode: 'push' | 'replace' = 'push') => {
    setForm(next);
    const qs = paramsFromForm(next).toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void run(next);
  };

  const onText = (key: 'q' | 'age' | 'near') => (e: ChangeEvent<HTMLInputElement>) => {
    // New words are understood afresh: what was undone for the old words no longer applies.
    const next = { ...form, [key]: e.target.value, page: '', ...(key === 'q' ? { undo: [] } : {}) };
    setForm(next);
    clearTimeout(typingTimer.current);
    // Typing replaces the history entry, so Back does not step through every letter.
    typingTimer.current = setTimeout(() => apply(next, 'replace'), 400);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    clearTimeout(typingTimer.current);
    moveFocus.current = true;
    // "Polish" or "polski" typed as words becomes the language filter, which finds every service in Polish.
    apply(withLanguageFromText({ ...form, page: '' }, props.languages));
  };
  /** A page link or a "remove this filter" link: a new set of results, so focus goes to their heading. */
  const go = (next: SearchForm) => {
    moveFocus.current = true;
    apply(next);
  };
  const toggleShortlist = (id: string) => {
    const ids = readStored();
    const next = ids.includes(id) ? removeId(ids, id) : addId(ids, id);
    writeStored(next);
    setShortlist(next);
  };

  useEffect(() => {
    if (!outcome) return;
    document.title = searchTitle({
      q: form.q,
      near: form.near,
      total: outcome.results?.total,
      page: outcome.results?.page ?? 1,
      totalPages: outcome.results?.totalPages ?? 1,
      hasErrors: outcome.errors.length > 0,
      base: props.baseTitle,
      count: t.results.count,
    });
    if (!moveFocus.current) return;
    moveFocus.current = false;
    // GOV.UK: after a search, focus the error summary if there is a problem, else the results heading; the
    // page scrolls there (below the sticky quick exit, see scroll-padding in global.css).
    (outcome.errors.length > 0 ? errorSummary.current : resultsHeading.current)?.focus();
  }, [outcome]);

  const panels = panelsFor(props.signposts.panels, shown);
  const offers = outcome
    ? needsToOffer(
        props.needs,
        form.q,
        outcome.results?.facets.needs,
        panels.flatMap((p) => p.needPages),
      )
    : [];

  /** A link in the error summary: open the folded filters if the field is in them, then focus the field. */
  const toField = (param: string) => (e: MouseEvent) => {
    const field = document.getElementById(fieldId(param));
    if (!field) return;
    e.preventDefault();
    const fold = field.closest('details');
    if (fold && !fold.open) {
      fold.open = true;
      setFiltersOpen(true);
    }
    field.focus();
  };

  return (
    <>
      <div className="signposts-live" aria-live="polite">
        <SignpostPanels panels={panels} councilName={props.councilName} />
      </div>
      <div className="search-layout">
        <p className="skip-to-results">
          <a href="#results-heading">{t.results.skipToResults}</a>
        </p>
        <form
          className="filters"
          id="search-form"
          action="/search/"
          method="get"
          role="search"
          aria-label={t.searchForm.formLabel}
          onSubmit={onSubmit}
        >
          <SearchWords form={form} errors={outcome?.errors ?? []} errorSummaryRef={errorSummary} onText={onText} onErrorLink={toField} />
          <SearchFilters
            form={form}
            facets={outcome?.results?.facets}
            needs={props.needs}
            localities={props.localities}
            accessRoutes={props.accessRoutes}
            languages={props.languages}
            chosen={activeFilters(form, filterLabels).filter((a) => a.key !== 'q' && a.key !== 'age').length}
            open={filtersOpen}
            onToggle={setFiltersOpen}
            radiusError={outcome?.errors.find((e) => e.param === 'radius')?.message}
            onApply={apply}
          />
        </form>
        <ResultsSection
          form={form}
          outcome={outcome}
          busy={busy}
          headingRef={resultsHeading}
          offers={offers}
          needs={props.needs}
          contact={props.contact}
          cardLabels={cardLabels}
          dates={dates}
          costs={costs}
          shortlist={shortlist}
          onToggleShortlist={toggleShortlist}
          onApply={apply}
          onGo={go}
        />
      </div>
    </>
  );
}
