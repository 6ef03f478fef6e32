/**
 * Never a dead end: one search as a family means it, through whichever engine answers.
 *   1. the understood query: the words left after reading ages, days, cost and places, those as filters,
 *      and services with the needs the words point to first;
 *   2. when nothing matches (or nothing with those needs): fewer words (the first dropped, then the next...);
 *   3. when still nothing with those needs: the needs alone (every service with them);
 *   4. when still nothing and the words gave filters: all of the above again without those filters;
 *   5. when the words left match nothing, with or without those filters: every service that fits the filters (a
 *      family's "just relocated to rossington", a 3 year old's age on the form: everything in Rossington for a 3 year
 *      old). It comes last, so when the words also match something elsewhere, step 4 answers first.
 * Each step taken is reported, so the page and the CLI can say what was done. Pure over the engine port.
 */
import type { SearchEngine } from '../engine.ts';
import type { Query } from '../query.ts';
import type { SearchResults } from '../results.ts';
import {
  appliedParts,
  applyUnderstanding,
  understandQuery,
  withoutUnderstoodFilters,
  type UnderstandContext,
  type Understanding,
} from './understand.ts';

export type FallbackStep =
  /** No service with the detected needs matched the words: these are every service with those needs. */
  | { kind: 'needs-only'; needs: string[] }
  /** Nothing (with `needs`, when given) matched all the words: these match the words shown. */
  | { kind: 'fewer-words'; words: string; needs?: string[] }
  /** Nothing matched the ages, day, cost or place read from the words: these are without them. */
  | { kind: 'without-understood-filters' }
  /** The words matched nothing, with or without the filters read from them: these fit those filters alone. */
  | { kind: 'filters-only' };

export interface UnderstoodSearch {
  results: SearchResults;
  understanding: Understanding;
  /** The query the engine answered last (what the results are for). */
  query: Query;
  steps: FallbackStep[];
}

/** At most this many words are dropped one by one: a long question would otherwise mean many searches. */
const MAX_WORD_DROPS = 4;

export async function searchUnderstood(engine: SearchEngine, query: Query, ctx: UnderstandContext): Promise<UnderstoodSearch> {
  const understanding = appliedParts(query, understandQuery(query.q, ctx, query.undo));
  const understood = applyUnderstanding(query, understanding);
  const first = await attempt(engine, understood);
  if (first.results.total > 0 || !filtersFromWords(understood, query)) return { ...first, understanding };
  const loose = await attempt(engine, withoutUnderstoodFilters(understood, query));
  if (loose.results.total > 0) return { ...loose, understanding, steps: [{ kind: 'without-understood-filters' }, ...loose.steps] };
  // The words left match nothing anywhere, but the person said where, for what age, when or free: those alone are
  // a better answer than an empty page (the words are often a story, "just relocated", not a service).
  const wordless: Query = { ...understood, q: '' };
  const alone = await engine.search(wordless);
  if (alone.total > 0) return { results: alone, query: wordless, understanding, steps: [{ kind: 'filters-only' }] };
  return { ...first, understanding };
}

async function attempt(engine: SearchEngine, query: Query): Promise<Omit<UnderstoodSearch, 'understanding'>> {
  const needs = query.boostNeeds;
  // Found: something matches, and when the words point to needs, something with those needs matches.
  const found = (r: SearchResults) => r.total > 0 && (needs.length === 0 || (r.boosted ?? 0) > 0);
  // Fewer words answer only when their first three have the need the words say most plainly: the words left
  // are often the story around it ("since the new baby arrived" after "sibling rivalry"), and a service that
  // matches the story with another need read ("new baby": a baby clinic) is a worse answer than the needs alone.
  // Always the first three of the first page, so every page of a search takes the same step.
  const plainestNeedInTop3 = async (q: Query, r: SearchResults) => {
    if (needs.length === 0) return true;
    const first = q.page === 1 && q.size >= 3 ? r : await engine.search({ ...q, page: 1, size: 3 });
    return first.hits.slice(0, 3).some((h) => h.needs.includes(needs[0]!));
  };
  const results = await engine.search(query);
  if (found(results) || query.q === '') return { results, query, steps: [] };
  const ws = query.q.split(' ');
  for (let k = 1; k < ws.length && k <= MAX_WORD_DROPS; k++) {
    const fewer: Query = { ...query, q: ws.slice(k).join(' ') };
    const r = await engine.search(fewer);
    if (found(r) && (await plainestNeedInTop3(fewer, r)))
      return { results: r, query: fewer, steps: [{ kind: 'fewer-words', words: fewer.q, ...(results.total > 0 ? { needs } : {}) }] };
  }
  if (needs.length > 0) {
    // Every service with those needs, those with the first (the need the words say most plainly: a phrase's
    // before an urgent panel's) first: "my husband pushed me against the wall" is domestic abuse before staying safe.
    const needsOnly: Query = { ...query, q: '', needs, boostNeeds: needs.length > 1 ? [needs[0]!] : [] };
    const r = await engine.search(needsOnly);
    if (r.total > 0) return { results: r, query: needsOnly, steps: [{ kind: 'needs-only', needs }] };
  }
  return { results, query, steps: [] };
}

function filtersFromWords(understood: Query, original: Query): boolean {
  return (
    understood.free !== original.free ||
    understood.day !== original.day ||
    understood.locality !== original.locality ||
    understood.ageMin !== original.ageMin ||
    understood.ageMax !== original.ageMax
  );
}
