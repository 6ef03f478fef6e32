import { describe, expect, it } from 'vitest';
import type { CoverageCell } from '../../lib/search/coverage/coverage.ts';
import { thinnestLocal } from './_thin.ts';

const cell = (need: string, locality: string, local: number, boroughWide: number): CoverageCell => ({
  need,
  locality,
  local,
  boroughWide,
  services: local + boroughWide,
  openAccess: 0,
  byAge: {},
  byLevel: { universal: 0, targeted: 0, specialist: 0 },
});
const report = {
  needs: [
    { id: 'send', label: 'SEND', ages: { min: 0, max: 25 } },
    { id: 'housing', label: 'Housing', ages: { min: 0, max: 25 } },
  ],
  localities: [
    { id: 'north', name: 'North' },
    { id: 'south', name: 'South' },
  ],
  cells: [cell('send', 'north', 5, 2), cell('send', 'south', 1, 9), cell('housing', 'north', 0, 4), cell('housing', 'south', 1, 12)],
};

describe('thinnestLocal', () => {
  it('names the pairs with the fewest services aimed at the locality, most reliant on borough-wide first', () => {
    expect(thinnestLocal(report, 2).map((l) => l.text)).toEqual([
      'Housing in South: 1 aimed at South, 12 borough-wide.',
      'SEND in South: 1 aimed at South, 9 borough-wide.',
    ]);
  });
  it('leaves out pairs with none aimed at the locality (they are gaps already)', () => {
    expect(thinnestLocal(report).map((l) => l.cell.need + l.cell.locality)).not.toContain('housingnorth');
  });
});
