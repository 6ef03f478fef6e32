/**
 * The search page's filters, under the words, age and postcode: folded on a phone (the summary says how many are
 * on), open without JavaScript and on wide screens. Each choice carries its count among the current results and
 * applies at once; the buttons are for people without JavaScript, whose form is sent as it stands.
 */
import type { ChangeEvent } from 'react';
import { DAYS, DELIVERY, LEVELS } from '../../content/schema/values.ts';
import { en as t } from '../i18n/en.ts';
import { emptyForm, type LanguageName, type SearchForm } from '../lib/search-form.ts';
import type { FacetCounts } from '../lib/search/facets.ts';
import { RADII } from '../lib/search/query.ts';
import { CheckboxList, ChoiceField } from './FormFields.tsx';

interface Option {
  id: string;
  label: string;
}

export interface SearchFiltersProps {
  form: SearchForm;
  /** The counts for each choice, from the current results; undefined before the first results. */
  facets: FacetCounts | undefined;
  needs: readonly Option[];
  localities: readonly Option[];
  accessRoutes: readonly Option[];
  languages: readonly LanguageName[];
  /** How many filters are on, for the folded summary. */
  chosen: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The problem with the distance chosen, if any (the only filter that can be wrong: it needs a postcode). */
  radiusError: string | undefined;
  onApply: (form: SearchForm) => void;
}

export default function SearchFilters(props: SearchFiltersProps) {
  const { form, facets, onApply } = props;
  const count = (facet: keyof FacetCounts, value: string) => (facets ? ` (${facets[facet]?.[value] ?? 0})` : '');
  const set = (next: Partial<SearchForm>) => onApply({ ...form, ...next, page: '' });
  const onSelect = (key: 'locality' | 'radius' | 'level' | 'language' | 'day') => (e: ChangeEvent<HTMLSelectElement>) =>
    set({ [key]: e.target.value });
  const onFlag = (key: 'send' | 'free' | 'hubs') => (e: ChangeEvent<HTMLInputElement>) => set({ [key]: e.target.checked });
  const onList = (key: 'needs' | 'access' | 'delivery', value: string) => (e: ChangeEvent<HTMLInputElement>) =>
    set({ [key]: e.target.checked ? [...form[key], value] : form[key].filter((v) => v !== value) });

  return (
    <details className="more-filters" open={props.open} onToggle={(e) => props.onToggle(e.currentTarget.open)}>
      {/* Folded on a phone, the summary still says how many filters are on (a language typed as a word included). */}
      <summary>{t.searchForm.filtersChosen(props.chosen)}</summary>
      <div className="checkbox">
        <input id="f-send" name="send" type="checkbox" value="1" checked={form.send} onChange={onFlag('send')} aria-describedby="f-send-hint" />
        <label htmlFor="f-send">
          {t.searchForm.send}
          <span className="hint" id="f-send-hint">
            {t.searchForm.sendHint}
          </span>
        </label>
      </div>
      <div className={`form-group${props.radiusError ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="f-radius">
          {t.searchForm.radius}
        </label>
        {props.radiusError && (
          <p className="error-message" id="f-radius-error">
            <span className="visually-hidden">{t.results.errorPrefix}</span>
            {props.radiusError}
          </p>
        )}
        <select
          className="select"
          id="f-radius"
          name="radius"
          value={form.radius}
          onChange={onSelect('radius')}
          aria-describedby={props.radiusError ? 'f-radius-error' : undefined}
        >
          <option value="">{t.searchForm.anyDistance}</option>
          {RADII.map((r) => (
            <option key={r} value={String(r)}>
              {t.searchForm.miles(r)}
            </option>
          ))}
        </select>
      </div>
      <CheckboxList
        legend={t.searchForm.need}
        name="needs"
        id="need"
        options={props.needs.map((n) => ({ value: n.id, label: n.label, count: count('needs', n.id) }))}
        checked={form.needs}
        onChange={(v) => onList('needs', v)}
      />
      <ChoiceField
        label={t.searchForm.locality}
        name="locality"
        any={t.searchForm.anyLocality}
        value={form.locality}
        options={props.localities.map((l) => ({ value: l.id, label: l.label, count: count('localities', l.id) }))}
        onChange={onSelect('locality')}
      />
      <div className="checkbox">
        <input id="f-free" name="free" type="checkbox" value="1" checked={form.free} onChange={onFlag('free')} />
        <label htmlFor="f-free">
          {t.searchForm.free}
          <span className="count">{count('cost', 'free')}</span>
        </label>
      </div>
      <div className="checkbox">
        <input id="f-hubs" name="hubs" type="checkbox" value="1" checked={form.hubs} onChange={onFlag('hubs')} />
        <label htmlFor="f-hubs">
          {t.searchForm.hubs}
          <span className="count">{count('hub', 'true')}</span>
        </label>
      </div>
      <CheckboxList
        legend={t.searchForm.access}
        name="access"
        id="access"
        options={props.accessRoutes.map((a) => ({ value: a.id, label: a.label, count: count('access', a.id) }))}
        checked={form.access}
        onChange={(v) => onList('access', v)}
      />
      <CheckboxList
        legend={t.searchForm.delivery}
        name="delivery"
        id="delivery"
        options={DELIVERY.map((d) => ({ value: d, label: t.delivery[d], count: count('delivery', d) }))}
        checked={form.delivery}
        onChange={(v) => onList('delivery', v)}
      />
      <ChoiceField
        label={t.searchForm.level}
        name="level"
        any={t.searchForm.anyLevel}
        value={form.level}
        options={LEVELS.map((l) => ({ value: l, label: t.levels[l].label, count: count('level', l) }))}
        onChange={onSelect('level')}
      />
      <ChoiceField
        label={t.searchForm.language}
        name="language"
        any={t.searchForm.anyLanguage}
        value={form.language}
        options={props.languages.map((l) => ({ value: l.id, label: l.label, count: count('languages', l.id) }))}
        onChange={onSelect('language')}
      />
      <ChoiceField
        label={t.searchForm.day}
        name="day"
        any={t.searchForm.anyDay}
        value={form.day}
        options={DAYS.map((d) => ({ value: d, label: t.days[d], count: count('days', d) }))}
        onChange={onSelect('day')}
      />
      <button className="button" type="submit">
        {t.searchForm.applyFilters}
      </button>
      <p>
        <a
          href="/search/"
          onClick={(e) => {
            e.preventDefault();
            onApply(emptyForm());
          }}
        >
          {t.searchForm.clearFilters}
        </a>
      </p>
    </details>
  );
}
