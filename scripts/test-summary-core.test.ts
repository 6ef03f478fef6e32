import { describe, expect, it } from 'vitest';
import { summariseReports } from './test-summary-core.ts';

describe('summariseReports', () => {
  it('adds up both runners, counting retried passes as passed', () => {
    const vitest = { numPassedTests: 487, numFailedTests: 0, numPendingTests: 46, numTodoTests: 0 };
    const playwright = { stats: { expected: 58, unexpected: 0, flaky: 1, skipped: 2 } };
    expect(summariseReports(vitest, playwright)).toEqual({ passed: 546, failed: 0, skipped: 48 });
  });
  it('counts failures from either runner', () => {
    expect(summariseReports({ numPassedTests: 3, numFailedTests: 1 }, { stats: { expected: 2, unexpected: 2 } })).toEqual({
      passed: 5,
      failed: 3,
      skipped: 0,
    });
  });
  it('counts nothing for a report that is missing', () => {
    expect(summariseReports(undefined, undefined)).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
});
