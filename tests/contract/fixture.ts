/** The contract fixture directory, loaded as both engines see it. */
import { resolve } from 'node:path';
import { loadSearchSetup, type SearchSetup } from '../../site/lib/search/load-setup.ts';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/directory');

export function loadFixture(): SearchSetup {
  const setup = loadSearchSetup(FIXTURE_DIR, { today: '2026-11-26', root: resolve(FIXTURE_DIR, '../../..') });
  const errors = setup.directory.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new Error(`The contract fixture directory has errors:\n${errors.map((p) => `${p.file}:${p.line ?? '?'} ${p.message}`).join('\n')}`);
  return setup;
}
