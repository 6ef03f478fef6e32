/**
 * Pure helpers for a locality's community profile. The figures and gaps come from the coverage module
 * (site/lib/search/coverage/), which counts with search's own query model; nothing here counts services again.
 */
import type { CoverageCell, CoverageReport, Gap } from '../../lib/search/coverage/coverage.ts';
import { describeGap, GAP_KIND_LABELS } from '../../lib/search/coverage/describe-gap.ts';

export interface NeedRow {
  need: string;
  label: string;
  services: number;
  local: number;
  /** The browse page for this need in this locality. */
  href: string;
}

/** One row per need, in vocabulary order, with its count and a link to the need-by-area browse page. */
export function needRows(report: Pick<CoverageReport, 'needs'>, cells: readonly CoverageCell[], localityId: string): NeedRow[] {
  return report.needs.map((n) => {
    const cell = cells.find((c) => c.need === n.id && c.locality === localityId);
    return { need: n.id, label: n.label, services: cell?.services ?? 0, local: cell?.local ?? 0, href: `/needs/${n.id}/${localityId}/` };
  });
}

export interface GapGroup {
  kind: Gap['kind'];
  heading: string;
  items: { need: string; text: string }[];
}

const KIND_ORDER: Gap['kind'][] = ['no-service', 'age-band', 'borough-wide-only', 'referral-only'];

/** A locality's gaps grouped by kind, most serious first, each as the coverage report's own sentence. */
export function gapGroups(gaps: readonly Gap[], report: Pick<CoverageReport, 'needs' | 'localities'>): GapGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    heading: GAP_KIND_LABELS[kind],
    items: gaps.filter((g) => g.kind === kind).map((g) => ({ need: g.need, text: describeGap(g, report) })),
  })).filter((g) => g.items.length > 0);
}
