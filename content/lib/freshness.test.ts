import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshnessReport, share } from './freshness.ts';
import { freshnessCsv, freshnessText, govukDate } from './freshness-format.ts';
import { loadDirectory } from './load-directory.ts';

const root = resolve(import.meta.dirname, '../..');
// Seven listings from four organisations (one in two folders), judged on 2026-11-26 (6-month interval, 90 days' grace).
const directory = loadDirectory({ contentDir: join(root, 'content'), root, paths: [join(root, 'tests/fixtures/freshness')], today: '2026-11-26' });
const report = freshnessReport(directory);

describe('freshnessReport', () => {
  it('counts listings by review state, and the share within their interval', () => {
    expect(directory.problems).toEqual([]);
    expect(report.totals).toEqual({ listings: 7, current: 5, overdue: 1, lapsed: 1, organisations: 4 });
    expect(report.listingsWithinInterval).toEqual({ count: 5, total: 7, percent: 71.4 });
  });
  it('counts an organisation as within its interval only when all its listings are', () => {
    expect(report.organisationsWithinInterval).toEqual({ count: 2, total: 4, percent: 50 });
    expect(report.organisations.map((o) => [o.name, o.folders, o.allCurrent])).toEqual([
      ['Long Gone', ['long-gone'], false],
      ['A Bit Behind', ['a-bit-behind', 'a-bit-behind-online'], false],
      ['Always On Time', ['always-on-time'], true],
      ['Yearly Review', ['yearly-review'], true],
    ]);
  });
  it('treats names that differ only in case, spacing or punctuation as one organisation', async () => {
    const { organisationKey } = await import('./freshness.ts');
    expect(organisationKey('Children’s  Centre & Co.')).toBe(organisationKey("children's centre and co"));
    expect(organisationKey('Doncaster Council Family Hubs')).not.toBe(organisationKey('Doncaster Council Youth Service'));
  });
  it('flags overdue listings, with the day they leave search, and lists lapsed ones as gone', () => {
    expect(report.overdue).toEqual([
      expect.objectContaining({
        id: 'a-bit-behind/teen-drop-in',
        dueDate: '2026-11-01',
        daysOverdue: 25,
        leavesIndexOn: '2027-01-31',
        state: 'overdue',
      }),
    ]);
    expect(report.lapsed).toEqual([expect.objectContaining({ id: 'long-gone/holiday-club', daysOverdue: 148, leavesIndexOn: '2026-09-30' })]);
  });
  it("uses a listing's own review interval", () => {
    expect(report.items.find((i) => i.id === 'yearly-review/youth-club')).toMatchObject({
      intervalMonths: 12,
      dueDate: '2027-01-10',
      state: 'current',
    });
  });
  it('shares are 100% of nothing, and rounded to one decimal place', () => {
    expect(share(0, 0).percent).toBe(100);
    expect(share(2, 3).percent).toBe(66.7);
  });
});

describe('freshness report formats', () => {
  it('writes dates the GOV.UK way', () => {
    expect(govukDate('2026-07-01')).toBe('1 July 2026');
  });
  it('groups late listings by organisation in the text report', () => {
    const text = freshnessText(report);
    expect(text).toContain('Listings reviewed within their interval: 5 of 7 (71.4%).');
    expect(text).toContain('Organisations with every listing reviewed within its interval: 2 of 4 (50%).');
    expect(text).toContain(
      'A Bit Behind (content/listings/a-bit-behind, content/listings/a-bit-behind-online): 1 of 3 listings past the review date\n  - OVERDUE, leaves search on 31 January 2027 unless checked: Teen drop-in (a-bit-behind/teen-drop-in): last checked 1 May 2026, due 1 November 2026, 25 days overdue.',
    );
    expect(text).toContain('LEFT THE PUBLIC INDEX on 30 September 2026: Holiday club');
    expect(text).not.toContain('Toddler group');
  });
  it('writes one CSV row per listing, quoting text that needs it and defusing formulas', () => {
    const csv = freshnessCsv({ ...report, items: [{ ...report.items[0]!, name: '=HYPERLINK("x"), "quoted"' }] });
    expect(csv.split('\r\n')[0]).toBe('organisation,folder,id,name,assured_date,review_interval_months,due_date,state,days_overdue,leaves_index_on');
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(freshnessCsv(report).trim().split('\r\n')).toHaveLength(8);
  });
});
