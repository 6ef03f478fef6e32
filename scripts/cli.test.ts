/**
 * Every script has one shape: main(argv, env, io) returns its exit code, answers --help with its usage
 * (exit 0) and explains an option it does not know (exit 2). Each is also run once for real, cheaply.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as bench from './bench/run.ts';
import * as fuzz from './fuzz.ts';
import * as generateDocs from './generate-docs.ts';
import * as importOruk from './import-oruk.ts';
import { memoryIo, parseCli } from './lib/cli.ts';
import * as lighthouse from './lighthouse.ts';
import * as lintWorkflows from './lint-workflows.ts';
import * as budgets from './measure-budgets.ts';
import * as newListing from './new-listing.ts';
import * as prPreview from './preview-screenshots.ts';
import * as relevance from './relevance.ts';
import * as firstRuns from './replay-first-runs.ts';
import * as coverage from './report-coverage.ts';
import * as freshness from './report-freshness.ts';
import * as search from './search.ts';
import * as startMeilisearch from './start-meilisearch.ts';
import * as testSummary from './test-summary.ts';
import * as validate from './validate.ts';

const root = resolve(import.meta.dirname, '..');
const env = { FIS_TODAY: '2026-11-26' };
const scripts = {
  bench,
  fuzz,
  generateDocs,
  importOruk,
  lighthouse,
  lintWorkflows,
  budgets,
  newListing,
  prPreview,
  relevance,
  firstRuns,
  coverage,
  freshness,
  search,
  startMeilisearch,
  testSummary,
  validate,
};

describe('the one CLI shape', () => {
  it.each(Object.entries(scripts))('%s answers --help with its usage and exit code 0', async (_name, script) => {
    const io = memoryIo();
    expect(await script.main(['--help'], env, io)).toBe(0);
    expect(io.stdout).toContain(script.USAGE.split('\n')[0]!.slice(0, 30));
    expect(io.stderr).toBe('');
  });

  it.each(Object.entries(scripts))('%s explains an unknown option with exit code 2', async (_name, script) => {
    const io = memoryIo();
    expect(await script.main(['--colour', 'red'], env, io)).toBe(2);
    expect(io.stderr).toMatch(/Unknown option '--colour'|--colour is not an option/);
    expect(io.stdout).toBe('');
  });

  it('reads options and words, ignoring the "--" npm passes on', () => {
    const parsed = parseCli(['--', '--json', 'a', 'b'], { json: { type: 'boolean' } }, 'usage', memoryIo());
    expect(parsed).toMatchObject({ values: { json: true }, positionals: ['a', 'b'] });
  });
});

describe('scripts run for real', () => {
  it('report:freshness and report:coverage read the content folder given', () => {
    const io = memoryIo();
    expect(freshness.main(['--json', '--content', 'tests/fixtures/directory'], env, io)).toBe(0);
    expect(JSON.parse(io.stdout)).toHaveProperty('items');
    const csv = memoryIo();
    expect(coverage.main(['--csv', '--content', 'tests/fixtures/directory'], env, csv)).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^need_id,need,locality_id/);
    expect(coverage.main(['--csv', '--json'], env, memoryIo())).toBe(2);
  });

  it('fuzz runs the properties chosen for the cases asked, and refuses a bad count', () => {
    const io = memoryIo();
    expect(fuzz.main(['--runs', '5', '--seed', '1', '--only', 'printable'], env, io)).toBe(0);
    expect(io.stdout).toMatch(/^ok {3}printable\(\) .*: 5 cases in/m);
    expect(fuzz.main(['--runs', 'many'], env, memoryIo())).toBe(2);
    expect(fuzz.main(['--only', 'no such property'], env, memoryIo())).toBe(2);
  });

  it('validate checks the files given and fails on an error', () => {
    const good = memoryIo();
    expect(validate.main(['tests/fixtures/valid/apostrophes-and-ampersands.yaml'], env, good, root)).toBe(0);
    const bad = memoryIo();
    expect(validate.main(['tests/fixtures/invalid/bad-email.yaml'], env, bad, root)).toBe(1);
    expect(bad.stdout).toMatch(/bad-email\.yaml/);
  });

  it('generate:docs --check finds the generated files up to date', () => {
    const io = memoryIo();
    expect(generateDocs.main(['--check'], env, io, root)).toBe(0);
    expect(io.stdout).toMatch(/up to date/);
  });

  it('budgets says to build first when there is no built site', () => {
    const io = memoryIo();
    expect(budgets.main([], env, io, mkdtempSync(join(tmpdir(), 'fis-budgets-')))).toBe(2);
    expect(io.stderr).toMatch(/npm run build first/);
  });

  it('bench refuses sizes that are not whole numbers', async () => {
    const io = memoryIo();
    expect(await bench.main(['--sizes', '10k'], env, io)).toBe(2);
    expect(io.stderr).toMatch(/--sizes takes whole numbers/);
  });

  it('lighthouse names CHROMIUM_PATH when Chromium is not there', async () => {
    const io = memoryIo();
    expect(await lighthouse.main([], { CHROMIUM_PATH: '/nowhere/chromium' }, io)).toBe(1);
    expect(io.stderr).toMatch(/Chromium is not at \/nowhere\/chromium.*set CHROMIUM_PATH/);
  });

  it('test-summary totals the runners and fails when a test failed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fis-summary-'));
    writeFileSync(join(dir, 'vitest.json'), JSON.stringify({ numPassedTests: 3, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0 }));
    const io = memoryIo();
    expect(testSummary.main([], env, io, dir)).toBe(1);
    expect(io.stdout).toBe('Tests: 3 passed, 1 failed, 0 skipped\n');
  });

  it('search without a key for Meilisearch says which variables to set', async () => {
    const io = memoryIo();
    expect(await search.main(['parenting', '--engine', 'meilisearch', '--content', 'tests/fixtures/directory'], {}, io)).toBe(2);
    expect(io.stderr).toMatch(/MEILI_URL and MEILI_SEARCH_KEY/);
  });
});
