/**
 * When a listing must next be checked, and what happens when it is not: overdue listings are flagged to
 * their provider and stay findable; after the council's grace period they are "lapsed" and leave search.
 */
export type ReviewState = 'current' | 'overdue' | 'lapsed';

export interface Review {
  dueDate: string;
  state: ReviewState;
  daysOverdue: number;
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // Clamp to the month's last day, so 31 August + 6 months is 28 (or 29) February, not 3 March.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function reviewOf(assuredDate: string, intervalMonths: number, graceDays: number, today: string): Review {
  const dueDate = addMonths(assuredDate, intervalMonths);
  const daysOverdue = Math.max(0, daysBetween(dueDate, today));
  const state: ReviewState = daysOverdue === 0 ? 'current' : daysOverdue > graceDays ? 'lapsed' : 'overdue';
  return { dueDate, state, daysOverdue };
}

/**
 * The day review dates are judged against, as YYYY-MM-DD: FIS_TODAY when set (tests, repeatable builds),
 * else the council's `as_of` (example directories), else today in the UK.
 */
export function todayIso(env: Record<string, string | undefined> = process.env, asOf?: string): string {
  if (env.FIS_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.FIS_TODAY)) return env.FIS_TODAY;
  if (asOf) return asOf;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
