import { AGE_BANDS } from './age-bands.ts';
import type { CoverageReport, Gap } from './coverage.ts';

const needLabel = (r: Pick<CoverageReport, 'needs'>, id: string) => r.needs.find((n) => n.id === id)?.label ?? id;
const localityName = (r: Pick<CoverageReport, 'localities'>, id: string) => r.localities.find((l) => l.id === id)?.name ?? id;

/** A gap in one plain sentence, for the report page, the CSV and the command line. */
export function describeGap(gap: Gap, report: Pick<CoverageReport, 'needs' | 'localities'>): string {
  const need = needLabel(report, gap.need);
  const place = localityName(report, gap.locality);
  switch (gap.kind) {
    case 'no-service':
      return `${need}: no service in ${place}${gap.elsewhere ? ' (other localities have some)' : ', nor anywhere else in the borough'}.`;
    case 'age-band': {
      const band = AGE_BANDS.find((b) => b.id === gap.band)?.label ?? gap.band;
      return `${need}: nothing for ages ${band} in ${place}${gap.elsewhere ? ' (other localities have some)' : ', nor anywhere else in the borough'}.`;
    }
    case 'borough-wide-only':
      return `${need}: ${place} has only borough-wide services, none aimed at ${place}.`;
    case 'referral-only':
      return `${need}: in ${place}, every service needs a professional's referral; families cannot ask for help themselves.`;
  }
}

/** Short labels for gap kinds, for table headings and filters. */
export const GAP_KIND_LABELS: Record<Gap['kind'], string> = {
  'no-service': 'No service',
  'age-band': 'Age band with nothing',
  'borough-wide-only': 'Only borough-wide services',
  'referral-only': 'Only by professional referral',
};
