/**
 * Prints one line totalling every test `npm test` ran, e.g. "Tests: 546 passed, 0 failed, 46 skipped", from the
 * JSON reports Vitest and Playwright write to .test-summary/. Vitest's and Playwright's own summaries are
 * per runner; this is the whole suite at a glance (and the line CI reads). Exit code 1 if any test failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { summariseReports, type Totals } from './test-summary-core.ts';

export const USAGE = `Total the tests npm test ran, from the reports in .test-summary/ (exit code 1 if any failed).

  node scripts/test-summary.ts`;

export function main(argv: string[], _env: Env, io: Io = processIo, dir = resolve(import.meta.dirname, '..', '.test-summary')): number {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === 'number') return args;
  const read = (name: string): unknown => {
    const path = resolve(dir, name);
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  };
  const totals: Totals = summariseReports(read('vitest.json'), read('playwright.json'));
  io.out(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return totals.failed > 0 ? 1 : 0;
}

await runMain(import.meta, main);
