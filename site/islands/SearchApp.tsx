import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import ResultCard from '../components/ResultCard.tsx';
import { en as t } from '../i18n/en.ts';
import { toCardData, type CardLabels } from '../lib/card.ts';
import { activeFilters, emptyForm, formFromParams, paramsFromForm, type FilterLabels, type SearchForm } from '../lib/search-form.ts';
import { addId, readStored, removeId, writeStored } from '../lib/shortlist.ts';
import { loadEmbeddedIndex, type EmbeddedIndexJson } from '../lib/search/embedded.ts';
import { chooseEngine, embeddedEngine, type SearchEngine } from '../lib/search/engine.ts';
import { districtOf, geocode, type DistrictTable, type DistrictTables } from '../lib/search/geocode.ts';
import { DAYS, DELIVERY, LEVELS } from '../../content/schema/values.ts';
import { parseQuery, RADII, type QueryContext, type QueryError } from '../lib/search/query.ts';
import type { SearchResults } from '../lib/search/results.ts';
import { describeFallback, describeUnderstanding, type UnderstoodPart } from '../lib/understood.ts';
import { loadUnderstanding, UNDERSTANDING_FORMAT, type UnderstandingPack } from '../lib/search/understand/pack.ts';
import { searchUnderstood } from '../lib/search/understand/plan.ts';
import type { UnderstandContext } from '../lib/search/understand/understand.ts';

interface Option { id: string; label: string }
export interface SearchAppProps {
  needs: Option[];
  localities: Option[];
  accessRoutes: Option[];
  languages: Option[];
  areaName: string;
  bounds: QueryContext['bounds'];
  meiliUrl?: string | undefined;
  searchKey?: string | undefined;
}

interface Outcome {
  results?: SearchResults;
  /** What query understanding read from the words, each part undoable. */
  understood: UnderstoodPart[];
  /** What the fallback did, in words. */
  fallback: string[];
  errors: QueryError[];
  /** For no results: each single choice that, removed, gives results. */
  loosen: { key: string; label: string; total: number; form: SearchForm }[];
}

/**
 * The search page's island: it enhances the server-rendered GET form. Every change updates the URL (Back
 * works, links can be shared), runs the query model through the search engine, shows counts per filter
 * value and announces how many services were found.
 */
export default function SearchApp(props: SearchAppProps) {
  const [form, setForm] = useState<SearchForm>(emptyForm);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [dates, setDates] = useState<Record<string, string>>({});
  const [shortlist, setShortlist] = useState<string[]>([]);
  // Open for people without JavaScript and on wide screens; folded on phones once the island runs.
  const [filtersOpen, setFiltersOpen] = useState(true);
  const engine = useRef<SearchEngine | undefined>(undefined);
  const understanding = useRef<Promise<UnderstandContext> | undefined>(undefined);
  const tables = useRef<DistrictTables>({});
  const runId = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const label = (list: Option[], id: string) => list.find((o) => o.id === id)?.label ?? id;
  const filterLabels: FilterLabels = {
    need: (id) => label(props.needs, id),
    access: (id) => label(props.accessRoutes, id),
    delivery: (id) => t.delivery[id as keyof typeof t.delivery] ?? id,
    locality: (id) => label(props.localities, id),
    level: (id) => t.levels[id as keyof typeof t.levels]?.label ?? id,
    language: (id) => label(props.languages, id),
    day: (id) => t.searchForm.openOn(t.days[id as keyof typeof t.days] ?? id),
    age: (a) => t.searchForm.ageChoice(a),
    send: t.searchForm.send,
    free: t.searchForm.free,
    hubs: t.searchForm.hubs,
    radius: (m) => t.searchForm.miles(Number(m)),
    q: (q) => `"${q}"`,
  };
  const cardLabels: CardLabels = { access: Object.fromEntries(props.accessRoutes.map((a) => [a.id, a.label])), online: t.card.online, free: t.common.free, paid: t.common.paid };

  const getEngine = () => {
    engine.current ??= chooseEngine(
      { meiliUrl: props.meiliUrl, searchKey: props.searchKey },
      embeddedEngine(() => fetch('/search-index.json').then((r) => r.json() as Promise<EmbeddedIndexJson>).then(loadEmbeddedIndex)),
    );
    return engine.current;
  };

  // Loaded on the first search, whichever engine answers: the same understanding for both.
  const getUnderstanding = () => {
    understanding.current ??= fetch('/search-understanding.json')
      .then((r) => r.json() as Promise<UnderstandingPack>)
      .then(loadUnderstanding)
      .catch(() => {
        // Search still works without it, just understanding less; try again on the next search.
        understanding.current = undefined;
        return loadUnderstanding({ format: UNDERSTANDING_FORMAT, needPhrases: {}, places: [], areaNames: [], forms: {} });
      });
    return understanding.current;
  };

  const context = (): QueryContext => ({
    needIds: props.needs.map((n) => n.id),
    localityIds: props.localities.map((l) => l.id),
    accessRouteIds: props.accessRoutes.map((a) => a.id),
    languageIds: props.languages.map((l) => l.id),
    areaName: props.areaName,
    geocode: (text) => geocode(text, tables.current, props.areaName),
    ...(props.bounds ? { bounds: props.bounds } : {}),
  });

  const run = useCallback(async (f: SearchForm) => {
    const id = ++runId.current;
    setBusy(true);
    const district = f.near.trim() ? districtOf(f.near) : undefined;
    if (district && !(district in tables.current)) {
      // Fetch only the postcode district typed; a district outside the area simply is not there.
      const table = await fetch(`/postcodes/${district}.json`).then((r) => (r.ok ? (r.json() as Promise<DistrictTable>) : undefined), () => undefined);
      if (table) tables.current = { ...tables.current, [district]: table };
    }
    const ctx = context();
    const { query, errors } = parseQuery(paramsFromForm(f), ctx);
    try {
      const searched = await searchUnderstood(getEngine(), query, await getUnderstanding());
      const results = searched.results;
      const needLabel = (id: string) => label(props.needs, id);
      const understood = describeUnderstanding(searched.understanding, needLabel);
      const fallback = describeFallback(searched.steps, needLabel);
      const loosen: Outcome['loosen'] = [];
      if (results.total === 0) {
        for (const a of activeFilters(f, filterLabels)) {
          const r = await getEngine().search(parseQuery(paramsFromForm(a.without), ctx).query);
          if (r.total > 0) loosen.push({ key: a.key, label: a.label, total: r.total, form: a.without });
        }
        loosen.sort((a, b) => b.total - a.total);
      }
      if (id === runId.current) setOutcome({ results, errors, loosen, understood, fallback });
    } catch {
      if (id === runId.current) setOutcome({ errors: [...errors, { param: 'q', value: '', message: t.results.searchFailed }], loosen: [], understood: [], fallback: [] });
    } finally {
      if (id === runId.current) setBusy(false);
    }
  }, []);

  useEffect(() => {
    const fromUrl = () => {
      const f = formFromParams(new URLSearchParams(window.location.search));
      setForm(f);
      void run(f);
    };
    fromUrl();
    setShortlist(readStored());
    if (window.matchMedia('(max-width: 640px)').matches) setFiltersOpen(false);
    fetch('/service-dates.json').then((r) => r.json() as Promise<Record<string, string>>).then(setDates, () => undefined);
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
  const onSelect = (key: 'locality' | 'radius' | 'sort' | 'level' | 'language' | 'day') => (e: ChangeEvent<HTMLSelectElement>) => apply({ ...form, [key]: e.target.value, page: '' });
  const onFlag = (key: 'send' | 'free' | 'hubs') => (e: ChangeEvent<HTMLInputElement>) => apply({ ...form, [key]: e.target.checked, page: '' });
  const onList = (key: 'needs' | 'access' | 'delivery', value: string) => (e: ChangeEvent<HTMLInputElement>) =>
    apply({ ...form, [key]: e.target.checked ? [...form[key], value] : form[key].filter((v) => v !== value), page: '' });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    clearTimeout(typingTimer.current);
    apply({ ...form, page: '' });
  };
  const toggleShortlist = (id: string) => {
    const ids = readStored();
    const next = ids.includes(id) ? removeId(ids, id) : addId(ids, id);
    writeStored(next);
    setShortlist(next);
  };

  const results = outcome?.results;
  const facets = results?.facets;
  const count = (facet: keyof NonNullable<typeof facets>, value: string) => {
    const n = facets?.[facet]?.[value];
    return facets ? ` (${n ?? 0})` : '';
  };
  const errorFor = (param: string) => outcome?.errors.find((e) => e.param === param);
  const page = results?.page ?? 1;

  return (
    <div className="search-layout">
      <form className="filters" action="/search/" method="get" role="search" aria-label={t.searchForm.formLabel} onSubmit={onSubmit}>
        {outcome && outcome.errors.length > 0 && (
          <div className="error-summary" role="alert">
            <h2>{t.results.errorsHeading}</h2>
            <ul>{outcome.errors.map((e) => <li key={`${e.param}${e.value}`}><a href={`#f-${e.param === 'age_min' || e.param === 'age_max' ? 'age' : e.param}`}>{e.message}</a></li>)}</ul>
          </div>
        )}
        <div className="form-group">
          <label className="label" htmlFor="f-q">{t.searchForm.what}</label>
          <span className="hint" id="f-q-hint">{t.searchForm.whatHint}</span>
          <input className="input" id="f-q" name="q" type="search" value={form.q} onChange={onText('q')} aria-describedby="f-q-hint" autoComplete="off" />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="f-age">{t.searchForm.age}</label>
          <span className="hint" id="f-age-hint">{t.searchForm.ageHint}</span>
          <input className="input input--short" id="f-age" name="age" type="text" inputMode="decimal" value={form.age} onChange={onText('age')} aria-describedby="f-age-hint" aria-invalid={errorFor('age') ? true : undefined} autoComplete="off" />
        </div>
        <div className="checkbox">
          <input id="f-send" name="send" type="checkbox" value="1" checked={form.send} onChange={onFlag('send')} aria-describedby="f-send-hint" />
          <label htmlFor="f-send">{t.searchForm.send}<span className="hint" id="f-send-hint">{t.searchForm.sendHint}</span></label>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="f-near">{t.searchForm.postcode}</label>
          <span className="hint" id="f-near-hint">{t.searchForm.postcodeHint}</span>
          <input className="input input--postcode" id="f-near" name="near" type="text" value={form.near} onChange={onText('near')} aria-describedby="f-near-hint" aria-invalid={errorFor('near') ? true : undefined} autoComplete="postal-code" />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="f-radius">{t.searchForm.radius}</label>
          <select className="select" id="f-radius" name="radius" value={form.radius} onChange={onSelect('radius')}>
            <option value="">{t.searchForm.anyDistance}</option>
            {RADII.map((r) => <option key={r} value={String(r)}>{t.searchForm.miles(r)}</option>)}
          </select>
        </div>
        <div className="checkbox">
          <input id="f-sort" name="sort" type="checkbox" value="distance" checked={form.sort === 'distance'} onChange={(e) => apply({ ...form, sort: e.target.checked ? 'distance' : '', page: '' })} />
          <label htmlFor="f-sort">{t.searchForm.sortDistance}</label>
        </div>
        <button className="button" type="submit">{t.searchForm.submit}</button>

        <details className="more-filters" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
        <summary>{t.searchForm.filters}</summary>
        <fieldset>
          <legend>{t.searchForm.need}</legend>
          {props.needs.map((n) => (
            <div className="checkbox" key={n.id}>
              <input id={`f-need-${n.id}`} name="needs" type="checkbox" value={n.id} checked={form.needs.includes(n.id)} onChange={onList('needs', n.id)} />
              <label htmlFor={`f-need-${n.id}`}>{n.label}<span className="count">{count('needs', n.id)}</span></label>
            </div>
          ))}
        </fieldset>
        <div className="form-group">
          <label className="label" htmlFor="f-locality">{t.searchForm.locality}</label>
          <select className="select" id="f-locality" name="locality" value={form.locality} onChange={onSelect('locality')}>
            <option value="">{t.searchForm.anyLocality}</option>
            {props.localities.map((l) => <option key={l.id} value={l.id}>{l.label}{count('localities', l.id)}</option>)}
          </select>
        </div>
        <div className="checkbox">
          <input id="f-free" name="free" type="checkbox" value="1" checked={form.free} onChange={onFlag('free')} />
          <label htmlFor="f-free">{t.searchForm.free}<span className="count">{count('cost', 'free')}</span></label>
        </div>
        <div className="checkbox">
          <input id="f-hubs" name="hubs" type="checkbox" value="1" checked={form.hubs} onChange={onFlag('hubs')} />
          <label htmlFor="f-hubs">{t.searchForm.hubs}<span className="count">{count('hub', 'true')}</span></label>
        </div>
        <fieldset>
          <legend>{t.searchForm.access}</legend>
          {props.accessRoutes.map((a) => (
            <div className="checkbox" key={a.id}>
              <input id={`f-access-${a.id}`} name="access" type="checkbox" value={a.id} checked={form.access.includes(a.id)} onChange={onList('access', a.id)} />
              <label htmlFor={`f-access-${a.id}`}>{a.label}<span className="count">{count('access', a.id)}</span></label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.searchForm.delivery}</legend>
          {DELIVERY.map((d) => (
            <div className="checkbox" key={d}>
              <input id={`f-delivery-${d}`} name="delivery" type="checkbox" value={d} checked={form.delivery.includes(d)} onChange={onList('delivery', d)} />
              <label htmlFor={`f-delivery-${d}`}>{t.delivery[d]}<span className="count">{count('delivery', d)}</span></label>
            </div>
          ))}
        </fieldset>
        <div className="form-group">
          <label className="label" htmlFor="f-level">{t.searchForm.level}</label>
          <select className="select" id="f-level" name="level" value={form.level} onChange={onSelect('level')}>
            <option value="">{t.searchForm.anyLevel}</option>
            {LEVELS.map((l) => <option key={l} value={l}>{t.levels[l].label}{count('level', l)}</option>)}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="f-language">{t.searchForm.language}</label>
          <select className="select" id="f-language" name="language" value={form.language} onChange={onSelect('language')}>
            <option value="">{t.searchForm.anyLanguage}</option>
            {props.languages.map((l) => <option key={l.id} value={l.id}>{l.label}{count('languages', l.id)}</option>)}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="f-day">{t.searchForm.day}</label>
          <select className="select" id="f-day" name="day" value={form.day} onChange={onSelect('day')}>
            <option value="">{t.searchForm.anyDay}</option>
            {DAYS.map((d) => <option key={d} value={d}>{t.days[d]}{count('days', d)}</option>)}
          </select>
        </div>
        <button className="button" type="submit">{t.searchForm.applyFilters}</button>
        </details>
        <p><a href="/search/" onClick={(e) => { e.preventDefault(); apply(emptyForm()); }}>{t.searchForm.clearFilters}</a></p>
      </form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">{t.results.heading}</h2>
        <p role="status" aria-live="polite" className="lead">
          {results ? t.results.count(results.total) : busy ? t.results.loading : ''}
        </p>
        {results?.notice && <p className="notice">{results.notice}</p>}
        {results && outcome && outcome.understood.length > 0 && (
          <div className="understood" aria-label={t.results.understoodHeading} role="group">
            <p>
              {t.results.understoodLead}{' '}
              {outcome.understood.map((part, i) => {
                const without = { ...form, undo: [...form.undo, part.key], page: '' };
                return (
                  <span key={part.key} className="understood__part">
                    {i > 0 && ', '}
                    <strong>{part.text}</strong>{' '}
                    (<a href={`/search/?${paramsFromForm(without).toString()}`} aria-label={t.results.understoodUndoLabel(part.text)} onClick={(e) => { e.preventDefault(); apply(without); }}>{t.results.understoodUndo}</a>)
                  </span>
                );
              })}
            </p>
          </div>
        )}
        {outcome?.fallback.map((message) => <p key={message} className="notice">{message}</p>)}
        {results && results.total === 0 && (
          <div className="inset">
            <h3>{t.results.noResultsHeading}</h3>
            {outcome && outcome.loosen.length > 0 ? (
              <>
                <p>{t.results.noResultsHelp}</p>
                <ul>
                  {outcome.loosen.map((l) => (
                    <li key={l.key}>
                      <a href={`/search/?${paramsFromForm(l.form).toString()}`} onClick={(e) => { e.preventDefault(); apply(l.form); }}>{t.results.loosen(l.label, l.total)}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t.results.noResultsFallback} <a href="/">{t.results.browseByNeed}</a>.</p>
            )}
          </div>
        )}
        {results && results.hits.length > 0 && (
          <ul className="results" aria-label={t.results.listLabel}>
            {results.hits.map((h) => (
              <ResultCard key={h.serviceId} card={toCardData(h, cardLabels, dates[h.serviceId])} inShortlist={shortlist.includes(h.serviceId)} onToggleShortlist={toggleShortlist} />
            ))}
          </ul>
        )}
        {results && results.totalPages > 1 && (
          <nav className="pagination" aria-label={t.results.pagesLabel}>
            {page > 1 && <a href={`/search/?${paramsFromForm({ ...form, page: String(page - 1) })}`} onClick={(e) => { e.preventDefault(); apply({ ...form, page: String(page - 1) }); }}>{t.results.previous}</a>}
            <span>{t.results.page(page, results.totalPages)}</span>
            {page < results.totalPages && <a href={`/search/?${paramsFromForm({ ...form, page: String(page + 1) })}`} onClick={(e) => { e.preventDefault(); apply({ ...form, page: String(page + 1) }); }}>{t.results.next}</a>}
          </nav>
        )}
      </section>
    </div>
  );
}
