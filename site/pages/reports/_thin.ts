/**
 * The thinnest local provision, named: borough-wide services count in every locality, so a cell can look
 * well served while almost nothing is aimed at the locality. These are the need-and-locality pairs with the
 * fewest services aimed at the locality (at least one: none at all is already a named gap).
 */
import type { CoverageCell, CoverageReport } from '../../lib/search/coverage/coverage.ts';

export interface ThinLine {
  cell: CoverageCell;
  text: string;
}

export function thinnestLocal(report: Pick<CoverageReport, 'cells' | 'needs' | 'localities'>, count = 10): ThinLine[] {
  const needOrder = (id: string) => report.needs.findIndex((n) => n.id === id);
  const label = (id: string) => report.needs.find((n) => n.id === id)?.label ?? id;
  const place = (id: string) => report.localities.find((l) => l.id === id)?.name ?? id;
  return report.cells
    .filter((c) => c.local > 0)
    .sort((a, b) => a.local - b.local || b.boroughWide - a.boroughWide || needOrder(a.need) - needOrder(b.need))
    .slice(0, count)
    .map((cell) => ({
      cell,
      text: `${label(cell.need)} in ${place(cell.locality)}: ${cell.local} aimed at ${place(cell.locality)}, ${cell.boroughWide} borough-wide.`,
    }));
}
