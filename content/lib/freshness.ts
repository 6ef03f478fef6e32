import type { Directory, LoadedListing } from './load-directory.ts';
import { addDays } from './review.ts';
import type { ReviewState } from './review.ts';

/**
 * How up to date the directory is: the figures a council's FIS team reports ("% of organisations updating
 * service information within agreed timescales") and the lists they chase providers with. Pure and plain
 * data, so the CLI, a dashboard page and tests can all use it.
 */

export interface FreshnessItem {
  id: string;
  file: string;
  name: string;
  organisation: string;
  assuredDate: string;
  dueDate: string;
  intervalMonths: number;
  state: ReviewState;
  daysOverdue: number;
  /** The day the listing leaves (or left) search if it is still not checked: due date + grace period. */
  leavesIndexOn: string;
}

export interface Share {
  count: number;
  total: number;
  /** 0–100, one decimal place; 100 when there is nothing to count. */
  percent: number;
}

export interface OrganisationFreshness {
  /** The organisation's name as its listings give it (the commonest spelling, when they differ in case or spacing). */
  name: string;
  /** A stable id made from the name, for links and anchors. */
  key: string;
  /** The folders under content/listings its listings are in (one organisation can have several). */
  folders: string[];
  listings: number;
  current: number;
  overdue: number;
  lapsed: number;
  /** True when every listing is within its review interval. */
  allCurrent: boolean;
  /** Its overdue and lapsed listings, most overdue first. */
  late: FreshnessItem[];
}

export interface FreshnessReport {
  /** The day review dates are judged against. */
  asOf: string;
  defaultIntervalMonths: number;
  gracePeriodDays: number;
  totals: { listings: number; current: number; overdue: number; lapsed: number; organisations: number };
  /** Listings whose last check is within their review interval. */
  listingsWithinInterval: Share;
  /** Organisations all of whose listings are within their review interval. */
  organisationsWithinInterval: Share;
  /** Every organisation, those with late listings first (most overdue first), then by name. */
  organisations: OrganisationFreshness[];
  /** Overdue: past the review date, still in search and flagged. */
  overdue: FreshnessItem[];
  /** Lapsed: past the grace period too, so out of the public index until checked. */
  lapsed: FreshnessItem[];
  /** Every listing, for spreadsheets (CSV). */
  items: FreshnessItem[];
  /** Files with validation errors are not counted here; `npm run validate` lists them. */
  filesWithErrors: number;
}

export function freshnessReport(directory: Pick<Directory, 'council' | 'listings' | 'problems' | 'today'>): FreshnessReport {
  const { review } = directory.council;
  const items = directory.listings.map((l) => itemOf(l, review.default_interval_months, review.grace_period_days));
  // By organisation name, not folder: the FIS team chases an organisation, and one organisation's listings
  // can be in two folders (for example after a rename).
  const byName = new Map<string, FreshnessItem[]>();
  for (const item of items) {
    const key = organisationKey(item.organisation);
    byName.set(key, [...(byName.get(key) ?? []), item]);
  }
  const organisations = [...byName].map(([key, list]): OrganisationFreshness => {
    const count = (s: ReviewState) => list.filter((i) => i.state === s).length;
    const late = list.filter((i) => i.state !== 'current').sort(mostOverdueFirst);
    return {
      name: mostCommon(list.map((i) => i.organisation)),
      key,
      folders: [...new Set(list.map((i) => folderOf(i.id)))].sort(),
      listings: list.length,
      current: count('current'),
      overdue: count('overdue'),
      lapsed: count('lapsed'),
      allCurrent: late.length === 0,
      late,
    };
  });
  organisations.sort((a, b) => (b.late[0]?.daysOverdue ?? -1) - (a.late[0]?.daysOverdue ?? -1) || a.name.localeCompare(b.name, 'en-GB'));
  const current = items.filter((i) => i.state === 'current').length;
  return {
    asOf: directory.today,
    defaultIntervalMonths: review.default_interval_months,
    gracePeriodDays: review.grace_period_days,
    totals: {
      listings: items.length,
      current,
      overdue: items.filter((i) => i.state === 'overdue').length,
      lapsed: items.filter((i) => i.state === 'lapsed').length,
      organisations: organisations.length,
    },
    listingsWithinInterval: share(current, items.length),
    organisationsWithinInterval: share(organisations.filter((o) => o.allCurrent).length, organisations.length),
    organisations,
    overdue: items.filter((i) => i.state === 'overdue').sort(mostOverdueFirst),
    lapsed: items.filter((i) => i.state === 'lapsed').sort(mostOverdueFirst),
    items,
    filesWithErrors: new Set(directory.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size,
  };
}

function itemOf(l: LoadedListing, defaultInterval: number, graceDays: number): FreshnessItem {
  return {
    id: l.id,
    file: l.file,
    name: l.listing.name,
    organisation: l.listing.organization,
    assuredDate: l.listing.assured_date,
    dueDate: l.review.dueDate,
    intervalMonths: l.listing.review_interval_months ?? defaultInterval,
    state: l.review.state,
    daysOverdue: l.review.daysOverdue,
    leavesIndexOn: addDays(l.review.dueDate, graceDays + 1),
  };
}

export function share(count: number, total: number): Share {
  return { count, total, percent: total === 0 ? 100 : Math.round((count / total) * 1000) / 10 };
}

const mostOverdueFirst = (a: FreshnessItem, b: FreshnessItem) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id);

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** The folder under content/listings a listing is in (the first part of its id). */
export function folderOf(id: string): string {
  return id.includes('/') ? id.split('/')[0]! : id;
}

/** Names that differ only in case, spacing, punctuation or apostrophe style are the same organisation. */
export function organisationKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
