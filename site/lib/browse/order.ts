/**
 * The order of a browse page (a need, or a need in one area): the services whose main need this is first,
 * then open-to-everyone services before targeted and specialist ones, then by name. Search ranks by the words
 * typed; a browse page has no words, so without this it would list services in folder order.
 */
import { LEVELS } from '../../../content/schema/values.ts';

export interface Orderable {
  name: string;
  /** Need ids, main need first. */
  needs: readonly string[];
  level: string;
}

const levelRank = (level: string) => {
  const i = (LEVELS as readonly string[]).indexOf(level);
  return i < 0 ? LEVELS.length : i;
};

const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** A comparator for `need`'s browse order. Ties on name keep the order given (Array.sort is stable). */
export function browseOrder(need: string): (a: Orderable, b: Orderable) => number {
  const main = (o: Orderable) => (o.needs[0] === need ? 0 : 1);
  return (a, b) => main(a) - main(b) || levelRank(a.level) - levelRank(b.level) || byName.compare(a.name, b.name);
}

/** The items in `need`'s browse order, as a new array. */
export function inBrowseOrder<T extends Orderable>(items: readonly T[], need: string): T[] {
  return [...items].sort(browseOrder(need));
}

/** From this age up, a service is made for young people rather than for children and their parents. */
export const YOUNG_PEOPLE_FROM_AGE = 10;

/**
 * The young people's entry order: the need's own services first, then those made for young people (from
 * YOUNG_PEOPLE_FROM_AGE) before those for all ages, then the browse order. A teenager sees the teen drop-in
 * before a course for parents of toddlers.
 */
export function youngPeopleOrder(need: string): (a: Orderable & { age_min: number }, b: Orderable & { age_min: number }) => number {
  const main = (o: Orderable) => (o.needs[0] === need ? 0 : 1);
  const young = (o: { age_min: number }) => (o.age_min >= YOUNG_PEOPLE_FROM_AGE ? 0 : 1);
  const rest = browseOrder(need);
  return (a, b) => main(a) - main(b) || young(a) - young(b) || rest(a, b);
}
