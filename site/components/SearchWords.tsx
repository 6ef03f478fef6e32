/**
 * The top of the search form: the problem summary (GOV.UK error summary, focused when a search has a problem), the
 * words, the age and the postcode, and the Search button. The filters follow in SearchFilters.
 */
import type { ChangeEvent, MouseEvent, Ref } from 'react';
import { en as t } from '../i18n/en.ts';
import type { QueryError } from '../lib/search/query.ts';
import type { SearchForm } from '../lib/search-form.ts';
import { ErrorSummary, TextField } from './FormFields.tsx';

/** The form field a URL parameter's problem points to (both ages share one box). */
export const fieldId = (param: string) => `f-${param === 'age_min' || param === 'age_max' ? 'age' : param}`;

/** The three boxes, in the order a family fills them: what is happening, the child's age, where they live. */
const FIELDS = [
  { name: 'q', type: 'search', label: t.searchForm.what, hint: t.searchForm.whatHint, autoComplete: 'off' },
  { name: 'age', width: 'short', inputMode: 'decimal', label: t.searchForm.age, hint: t.searchForm.ageHintShort, autoComplete: 'off' },
  { name: 'near', width: 'postcode', label: t.searchForm.postcode, hint: t.searchForm.postcodeHint, autoComplete: 'postal-code' },
] as const;

export interface SearchWordsProps {
  form: SearchForm;
  errors: readonly QueryError[];
  errorSummaryRef: Ref<HTMLDivElement>;
  onText: (key: 'q' | 'age' | 'near') => (e: ChangeEvent<HTMLInputElement>) => void;
  /** A link in the error summary, for a field the page may need to unfold first. */
  onErrorLink: (param: string) => (e: MouseEvent) => void;
}

export default function SearchWords({ form, errors, errorSummaryRef, onText, onErrorLink }: SearchWordsProps) {
  const errorFor = (param: string) => errors.find((e) => e.param === param)?.message;
  return (
    <>
      {errors.length > 0 && (
        <ErrorSummary
          id="error-summary"
          heading={t.results.errorsHeading}
          ref={errorSummaryRef}
          errors={errors.map((e) => ({
            key: `${e.param}${e.value}`,
            href: `#${fieldId(e.param)}`,
            message: e.message,
            onClick: onErrorLink(e.param),
          }))}
        />
      )}
      {FIELDS.map(({ name, ...field }) => (
        <TextField
          key={name}
          name={name}
          {...field}
          error={errorFor(name)}
          errorPrefix={t.results.errorPrefix}
          value={form[name]}
          onChange={onText(name)}
        />
      ))}
      <button className="button" type="submit">
        {t.searchForm.submit}
      </button>
    </>
  );
}
