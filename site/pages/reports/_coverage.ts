/**
 * Build time only: the coverage report for the site, counted by the site's own search index (the one the
 * search page and the browse pages answer from), so every figure on the page is the number of services a
 * family would find with the same filters.
 */
import { buildCoverage, type CoverageReport } from '../../lib/search/coverage/coverage.ts';
import { getDirectory } from '../../lib/directory.ts';
import { browse } from '../../lib/search-build.ts';
import { heatScale, type HeatScale } from './_heat-scale.ts';

let cached: CoverageReport | undefined;

export function siteCoverage(): CoverageReport {
  if (cached) return cached;
  const { vocab } = getDirectory();
  cached = buildCoverage({
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label, ages: n.ages })),
    localities: vocab.localities.map((l) => ({ id: l.id, name: l.name })),
    search: (q) => browse(q),
  });
  return cached;
}

/** The shading for the main table: bins at the quartiles of the services aimed at each locality. */
export function localHeatScale(report: CoverageReport): HeatScale {
  return heatScale(report.cells.map((c) => c.local));
}
