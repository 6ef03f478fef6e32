import { csvRows } from './csv.ts';
import type { FreshnessItem, FreshnessReport } from './freshness.ts';
import { printable } from './printable.ts';

/** GOV.UK style: 26 November 2026. */
export function govukDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pct = (p: number) => `${Number.isInteger(p) ? p : p.toFixed(1)}%`;

/** The freshness report as the FIS team reads it in a terminal or pastes into an email. */
export function freshnessText(r: FreshnessReport): string {
  const out: string[] = [];
  out.push(
    `Freshness of listings on ${govukDate(r.asOf)}. Listings must be checked every ${plural(r.defaultIntervalMonths, 'month')} unless they say otherwise; ` +
      `after ${plural(r.gracePeriodDays, 'day')} overdue they leave search until someone checks them.`,
  );
  out.push(
    [
      `${plural(r.totals.listings, 'listing')} from ${plural(r.totals.organisations, 'organisation')}: ${r.totals.current} current, ${r.totals.overdue} overdue, ${r.totals.lapsed} left the public index.`,
      `Listings reviewed within their interval: ${r.listingsWithinInterval.count} of ${r.listingsWithinInterval.total} (${pct(r.listingsWithinInterval.percent)}).`,
      `Organisations with every listing reviewed within its interval: ${r.organisationsWithinInterval.count} of ${r.organisationsWithinInterval.total} (${pct(r.organisationsWithinInterval.percent)}).`,
    ].join('\n'),
  );
  if (r.filesWithErrors > 0)
    out.push(
      `${plural(r.filesWithErrors, 'file has', 'files have')} errors and ${r.filesWithErrors === 1 ? 'is' : 'are'} not counted. Run npm run validate to see them.`,
    );
  const late = r.organisations.filter((o) => !o.allCurrent);
  if (late.length === 0) out.push('Every listing is within its review interval.');
  else {
    out.push('Listings past their review date, by organisation:');
    for (const org of late) {
      const head = `${printable(org.name)} (${org.folders.map((f) => `content/listings/${printable(f)}`).join(', ')}): ${org.late.length} of ${plural(org.listings, 'listing')} past the review date`;
      out.push([head, ...org.late.map((i) => `  - ${line(i)}`)].join('\n'));
    }
  }
  return out.join('\n\n');
}

function line(i: FreshnessItem): string {
  const what = `${printable(i.name)} (${printable(i.id)}): last checked ${govukDate(i.assuredDate)}, due ${govukDate(i.dueDate)}, ${plural(i.daysOverdue, 'day')} overdue.`;
  return i.state === 'lapsed'
    ? `LEFT THE PUBLIC INDEX on ${govukDate(i.leavesIndexOn)}: ${what}`
    : `OVERDUE, leaves search on ${govukDate(i.leavesIndexOn)} unless checked: ${what}`;
}

const CSV_COLUMNS = [
  'organisation',
  'folder',
  'id',
  'name',
  'assured_date',
  'review_interval_months',
  'due_date',
  'state',
  'days_overdue',
  'leaves_index_on',
] as const;

/** One row per listing, for a spreadsheet. Text is quoted so commas and quotes in names are safe. */
export function freshnessCsv(r: FreshnessReport): string {
  const rows = r.items
    .slice()
    .sort((a, b) => a.organisation.localeCompare(b.organisation, 'en-GB') || a.id.localeCompare(b.id))
    .map((i) => [
      i.organisation,
      i.id.split('/')[0] ?? '',
      i.id,
      i.name,
      i.assuredDate,
      i.intervalMonths,
      i.dueDate,
      i.state,
      i.daysOverdue,
      i.leavesIndexOn,
    ]);
  return csvRows([CSV_COLUMNS, ...rows]);
}
