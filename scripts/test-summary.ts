/**
 * Prints one line totalling every test `npm test` ran, e.g. "Tests: 546 passed, 0 failed, 46 skipped", from the
 * JSON reports Vitest and Playwright write to .test-summary/. Vitest's and Playwright's own summaries are
 * per runner; this is the whole suite at a glance (and the line CI reads). Exit code 1 if any test failed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { summariseReports, type Totals } from './test-summary-core.ts';

const dir = resolve(import.meta.dirname, '..', '.test-summary');
const read = (name: string): unknown => {
  const path = resolve(dir, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};
const totals: Totals = summariseReports(read('vitest.json'), read('playwright.json'));
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
