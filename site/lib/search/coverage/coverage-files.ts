import { csvRows } from '../../../../content/lib/csv.ts';
import type { CoverageReport } from './coverage.ts';
import { describeGap } from './describe-gap.ts';

/**
 * The coverage figures as downloads: CSV for a spreadsheet (one row per need and locality) and JSON for
 * other tools. Both carry exactly the numbers the report page shows.
 */
export function coverageCsv(report: CoverageReport): string {
  const header = [
    'need_id',
    'need',
    'locality_id',
    'locality',
    'services',
    ...report.levels.map((v) => `level_${v}`),
    ...report.bands.map((b) => `age_${b.id.replace(/-/g, '_')}`),
    'local_services',
    'borough_wide_services',
    'open_without_referral',
    'gaps',
  ];
  const rows = report.cells.map((c) => {
    const need = report.needs.find((n) => n.id === c.need)!;
    const locality = report.localities.find((l) => l.id === c.locality)!;
    const gaps = report.gaps.filter((g) => g.need === c.need && g.locality === c.locality).map((g) => describeGap(g, report));
    return [
      c.need,
      need.label,
      c.locality,
      locality.name,
      c.services,
      ...report.levels.map((v) => c.byLevel[v]),
      ...report.bands.map((b) => c.byAge[b.id] ?? 0),
      c.local,
      c.boroughWide,
      c.openAccess,
      gaps.join(' '),
    ];
  });
  return csvRows([header, ...rows]);
}

export function coverageJson(report: CoverageReport, meta: { generated: string; directory: string }): object {
  return {
    directory: meta.directory,
    as_of: meta.generated,
    definitions: {
      services: 'Active services (not temporarily closed, not lapsed) for the need that a family in the locality would find in search.',
      age_bands: report.bands.map((b) => ({ id: b.id, label: b.label, min: b.min, max: b.max, send: b.send })),
      borough_wide_services: 'Services for the whole borough (or every locality), rather than aimed at this locality.',
      open_without_referral: 'Services a family can use without a professional referral: self-referral, drop in or booking.',
      need_ages:
        "Each need's ages (needs[].ages): the children's and young people's ages the need plausibly concerns. An age band is listed as a gap only when it overlaps them.",
    },
    needs: report.needs,
    localities: report.localities,
    borough_totals: report.boroughTotals,
    cells: report.cells,
    gaps: report.gaps.map((g) => ({ ...g, description: describeGap(g, report) })),
  };
}
