import { toSearchParams, type Query } from '../query.ts';
import { bandQuery, coverageQuery } from './coverage.ts';
import { AGE_BANDS } from './age-bands.ts';

/**
 * The search page address that lists the services behind one figure of the coverage report, so a commissioner
 * can click a number and see the services. It is the same query the figure was counted with.
 */
export function cellQuery(need: string, locality: string | undefined, split?: { level?: string; band?: string }): Query {
  const band = split?.band ? AGE_BANDS.find((b) => b.id === split.band) : undefined;
  return coverageQuery({
    needs: [need],
    ...(locality ? { locality } : {}),
    ...(split?.level ? { level: split.level } : {}),
    ...(band ? bandQuery(band) : {}),
  });
}

export function cellSearchUrl(need: string, locality: string | undefined, split?: { level?: string; band?: string }): string {
  const params = toSearchParams({ ...cellQuery(need, locality, split), page: 1, size: 10 });
  return `/search/?${params.toString()}`;
}
