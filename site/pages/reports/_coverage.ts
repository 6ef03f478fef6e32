/**
 * Build time only: the coverage report for the site, counted by the site's own search index (the one the
 * search page and the browse pages answer from), so every figure on the page is the number of services a
 * family would find with the same filters.
 */
import { buildCoverage, type CoverageReport } from '../../lib/search/coverage/coverage.ts';
import { getDirectory } from '../../lib/directory.ts';
import { browse } from '../../lib/search-build.ts';

let cached: CoverageReport | undefined;

export function siteCoverage(): CoverageReport {
  if (cached) return cached;
  const { vocab } = getDirectory();
  cached = buildCoverage({
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label })),
    localities: vocab.localities.map((l) => ({ id: l.id, name: l.name })),
    search: (q) => browse(q),
  });
  return cached;
}

/** Heat-map shade for a number of services: 0 is a gap; then 1–2, 3–5, 6–10, 11 or more. */
export function heatClass(n: number): string {
  return n === 0 ? 'heat-0' : n <= 2 ? 'heat-1' : n <= 5 ? 'heat-2' : n <= 10 ? 'heat-3' : 'heat-4';
}

export const HEAT_KEY = [
  { className: 'heat-0', label: 'None: a gap' },
  { className: 'heat-1', label: '1 or 2 services' },
  { className: 'heat-2', label: '3 to 5 services' },
  { className: 'heat-3', label: '6 to 10 services' },
  { className: 'heat-4', label: '11 or more services' },
];
