import { describe, expect, it } from 'vitest';
import { byParent, countBatch, describeCounts, noCounts } from './first-runs.ts';

describe('first runs, replayed', () => {
  it('groups batches by the commit before each was added, so each commit is checked out once', () => {
    expect(
      byParent([
        { file: 'tuning-230.yaml', parent: 'd9d632dd' },
        { file: 'tuning-228.yaml', parent: '8b7bf2e8' },
        { file: 'tuning-231.yaml', parent: 'd9d632dd' },
      ]),
    ).toEqual([
      { parent: 'd9d632dd', files: ['tuning-230.yaml', 'tuning-231.yaml'] },
      { parent: '8b7bf2e8', files: ['tuning-228.yaml'] },
    ]);
  });

  it('counts a danger search found when one of its topics shows, and an everyday one when any panel shows', () => {
    const shown = (q: string) => (q.includes('hits me') ? (['domestic-abuse'] as const) : q.includes('missing') ? (['missing-child'] as const) : []);
    const c = countBatch(
      noCounts(),
      {
        triggers: [
          { q: 'my husband hits me', topics: ['domestic-abuse'] },
          { q: 'my son is missing', topics: ['missing-child', 'child-at-risk'] },
          { q: 'he hurts me', topics: ['domestic-abuse'] },
        ],
        ordinary: ['drama club', 'missing homework help', 'killer sudoku'],
      },
      shown,
    );
    expect(c).toEqual({ danger: 3, found: 2, everyday: 3, alarms: 1 });
    expect(describeCounts(c)).toBe('2 of 3 danger searches found (66.7%), 1 false alarm in 3 everyday searches (33.3%)');
  });
});
