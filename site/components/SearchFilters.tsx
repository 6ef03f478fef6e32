/**
 * The search page's filters, under the words, age and postcode: folded on a phone (the summary says how many are
 * on), open without JavaScript and on wide screens. Each choice carries its count among the current results and
 * applies at once; the buttons are for people without JavaScript, whose form is sent as it stands.
 */
import type { ChangeEvent } from 'react';
import { DELIVERY, LEVELS } from '../../content/schema/values.ts';
import { en as t } from '../i18n/en.ts';
import type { Option } from '../lib/option.ts';
import { emptyForm, type LanguageName, type SearchForm } from '../lib/search-form.ts';
import type { FacetCounts } from '../lib/search/facets.ts';
import { DAY_CHOICES, RADII } from '../lib/search/query.ts';
import { CheckboxList, ChoiceField } from './FormFields.tsx';

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

  // Each kind of field, with its choices as [value, label] and each choice's count from the facet named.
  const list = (key: 'needs' | 'access' | 'delivery', id: string, legend: string, options: [string, string][]) => (
    <CheckboxList
      legend={legend}
      name={key}
      id={id}
      options={options.map(([value, label]) => ({ value, label, count: count(key, value) }))}
      checked={form[key]}
      onChange={(v) => onList(key, v)}
    />
  );
  const choice = (
    key: 'locality' | 'level' | 'language' | 'day',
    label: string,
    any: string,
    facet: keyof FacetCounts,
    options: [string, string][],
  ) => (
    <ChoiceField
      label={label}
      name={key}
      any={any}
      value={form[key]}
      // The weekend has no count of its own: the facet counts each day, and a service open on both would count twice.
      options={options.map(([value, text]) => ({ value, label: text, count: value === 'weekend' ? '' : count(facet, value) }))}
      onChange={onSelect(key)}
    />
  );
  const flag = (key: 'free' | 'hubs', label: string, countText: string) => (
    <div className="checkbox">
      <input id={`f-${key}`} name={key} type="checkbox" value="1" checked={form[key]} onChange={onFlag(key)} />
      <label htmlFor={`f-${key}`}>
        {label}
        <span className="count">{countText}</span>
      </label>
    </div>
  );

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
      {list(
        'needs',
        'need',
        t.searchForm.need,
        props.needs.map((n) => [n.id, n.label]),
      )}
      {choice(
        'locality',
        t.searchForm.locality,
        t.searchForm.anyLocality,
        'localities',
        props.localities.map((l) => [l.id, l.label]),
      )}
      {flag('free', t.searchForm.free, count('cost', 'free'))}
      {flag('hubs', t.searchForm.hubs, count('hub', 'true'))}
      {list(
        'access',
        'access',
        t.searchForm.access,
        props.accessRoutes.map((a) => [a.id, a.label]),
      )}
      {list(
        'delivery',
        'delivery',
        t.searchForm.delivery,
        DELIVERY.map((d) => [d, t.delivery[d]]),
      )}
      {choice(
        'level',
        t.searchForm.level,
        t.searchForm.anyLevel,
        'level',
        LEVELS.map((l) => [l, t.levels[l].label]),
      )}
      {choice(
        'language',
        t.searchForm.language,
        t.searchForm.anyLanguage,
        'languages',
        props.languages.map((l) => [l.id, l.label]),
      )}
      {choice(
        'day',
        t.searchForm.day,
        t.searchForm.anyDay,
        'days',
        DAY_CHOICES.map((d) => [d, t.days[d]]),
      )}
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
