import { describe, expect, it } from 'vitest';
import type { CoverageCell, Gap } from '../../lib/search/coverage/coverage.ts';
import { gapGroups, needRows } from './_profile.ts';

const report = {
  needs: [
    { id: 'send', label: 'SEND', ages: { min: 0, max: 25 } },
    { id: 'housing', label: 'Housing', ages: { min: 0, max: 25 } },
  ],
  localities: [
    { id: 'north', name: 'North' },
    { id: 'south', name: 'South' },
  ],
};
const cell = (need: string, locality: string, services: number, local: number): CoverageCell => ({
  need,
  locality,
  services,
  local,
  boroughWide: services - local,
  openAccess: services,
  byLevel: { universal: services, targeted: 0, specialist: 0 },
  byAge: {},
});

describe('needRows', () => {
  it('lists every need in vocabulary order with its count for this locality and its browse page', () => {
    const cells = [cell('housing', 'north', 2, 0), cell('send', 'north', 5, 3), cell('send', 'south', 9, 9)];
    expect(needRows(report, cells, 'north')).toEqual([
      { need: 'send', label: 'SEND', services: 5, local: 3, href: '/needs/send/north/' },
      { need: 'housing', label: 'Housing', services: 2, local: 0, href: '/needs/housing/north/' },
    ]);
  });
  it('shows 0 for a need the coverage has no figure for', () => {
    expect(needRows(report, [], 'south')[0]).toMatchObject({ services: 0, local: 0 });
  });
});

describe('gapGroups', () => {
  it("groups gaps most serious first, in the coverage report's own words, leaving out empty kinds", () => {
    const gaps: Gap[] = [
      { kind: 'referral-only', need: 'send', locality: 'north' },
      { kind: 'no-service', need: 'housing', locality: 'north', elsewhere: true },
      { kind: 'age-band', need: 'send', locality: 'north', band: '0-4', elsewhere: false },
    ];
    const groups = gapGroups(gaps, report);
    expect(groups.map((g) => g.kind)).toEqual(['no-service', 'age-band', 'referral-only']);
    expect(groups[0]!.items).toEqual([{ need: 'housing', text: 'Housing: no service in North (other localities have some).' }]);
    expect(groups[1]!.items[0]!.text).toBe('SEND: nothing for ages 0 to 4 in North, nor anywhere else in the borough.');
    expect(groups[2]!.heading).toBe('Only by professional referral');
  });
  it('gives no groups when there are no gaps', () => {
    expect(gapGroups([], report)).toEqual([]);
  });
});
