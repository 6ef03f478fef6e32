/**
 * Query understanding (site/lib/search/understand) in words a person reads, for the search page and the CLI
 * alike: what was understood (each part with the `undo` value that turns it off) and what the fallback did.
 * Strings from i18n/en.ts; outside the search core, which depends only on content/.
 */
import { en as t } from '../i18n/en.ts';
import type { FallbackStep } from './search/understand/plan.ts';
import { understoodParts, type PartKey, type Understanding } from './search/understand/understand.ts';

export interface UnderstoodPart {
  /** The URL `undo` value that turns this part off. */
  key: PartKey;
  text: string;
  /** The words it was read from, as typed (tidied). */
  from: string;
}

export function describeUnderstanding(u: Understanding, needLabel: (id: string) => string): UnderstoodPart[] {
  return understoodParts(u).map((key): UnderstoodPart => {
    if (key === 'age') return { key, text: t.results.understoodAge(u.age!.min, u.age!.max), from: u.age!.phrase };
    if (key === 'day') return { key, text: t.results.understoodDay(t.days[u.day!.day]), from: u.day!.phrase };
    if (key === 'free') return { key, text: t.results.understoodFree, from: u.free!.phrase };
    if (key === 'place') return { key, text: t.results.understoodPlace(u.place!.label), from: u.place!.phrase };
    const need = u.needs.find((n) => `need:${n.needId}` === key)!;
    return { key, text: need.guessed ? t.results.understoodGuess(needLabel(need.needId)) : needLabel(need.needId), from: need.phrase };
  });
}

/** "Showing services for: age 13, School, attendance and learning" */
export function understoodSentence(parts: readonly UnderstoodPart[]): string {
  return parts.length === 0 ? '' : `${t.results.understoodLead} ${parts.map((p) => p.text).join(', ')}`;
}

export function describeFallback(steps: readonly FallbackStep[], needLabel: (id: string) => string): string[] {
  return steps.map((s) => {
    if (s.kind === 'needs-only') return t.results.fallbackNeedsOnly(s.needs.map(needLabel).join(' or '));
    if (s.kind === 'fewer-words')
      return s.needs ? t.results.fallbackFewerWordsWithNeeds(s.needs.map(needLabel).join(' or '), s.words) : t.results.fallbackFewerWords(s.words);
    if (s.kind === 'filters-only') return t.results.fallbackFiltersOnly;
    return t.results.fallbackWithoutFilters;
  });
}
