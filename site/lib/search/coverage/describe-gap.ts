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

/** One line of the gaps at a glance: a need, what is missing, and the localities where it is missing. */
export interface GapLine {
  kind: Gap['kind'];
  need: string;
  band?: string | undefined;
  localities: string[];
  text: string;
}

/**
 * The gaps named, for a commissioner's first look: each kind of gap, one line per need (and age band), with
 * the localities it is missing in, so "no service" reads "Drugs and alcohol: North, East" rather than a count.
 */
export function gapSummary(
  report: Pick<CoverageReport, 'needs' | 'localities' | 'gaps'>,
): { kind: Gap['kind']; heading: string; lines: GapLine[] }[] {
  const kinds = Object.keys(GAP_KIND_LABELS) as Gap['kind'][];
  return kinds
    .map((kind) => {
      const lines: GapLine[] = [];
      for (const need of report.needs) {
        const bands = kind === 'age-band' ? AGE_BANDS.map((b) => b.id) : [undefined];
        for (const band of bands) {
          const here = report.gaps.filter((g) => g.kind === kind && g.need === need.id && g.band === band);
          if (here.length === 0) continue;
          const places = report.localities.filter((l) => here.some((g) => g.locality === l.id)).map((l) => l.name);
          const where = places.length === report.localities.length ? 'every locality' : places.join(', ');
          const bandLabel = AGE_BANDS.find((b) => b.id === band)?.label;
          const text = {
            'no-service': `${need.label}: no service in ${where}.`,
            'age-band': `${need.label}: nothing for ages ${bandLabel} in ${where}.`,
            'borough-wide-only': `${need.label}: only borough-wide services in ${where}.`,
            'referral-only': `${need.label}: only by professional referral in ${where}.`,
          }[kind];
          lines.push({ kind, need: need.id, band, localities: here.map((g) => g.locality), text });
        }
      }
      return { kind, heading: GAP_KIND_LABELS[kind], lines };
    })
    .filter((s) => s.lines.length > 0);
}
