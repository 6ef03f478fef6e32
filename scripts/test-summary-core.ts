export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
}

interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

/**
 * Adds up Vitest's JSON report (Jest-compatible counts) and Playwright's (expected = passed, unexpected =
 * failed, flaky = passed on retry, which we count as passed but never hide: Playwright lists them).
 * A missing report counts nothing.
 */
export function summariseReports(vitest: unknown, playwright: unknown): Totals {
  const v = (vitest ?? {}) as VitestReport;
  const p = ((playwright ?? {}) as PlaywrightReport).stats ?? {};
  return {
    passed: (v.numPassedTests ?? 0) + (p.expected ?? 0) + (p.flaky ?? 0),
    failed: (v.numFailedTests ?? 0) + (p.unexpected ?? 0),
    skipped: (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0) + (p.skipped ?? 0),
  };
}
