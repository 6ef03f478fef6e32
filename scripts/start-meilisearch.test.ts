import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_MEILISEARCH, searchKeyFrom } from './start-meilisearch.ts';

const root = resolve(import.meta.dirname, '..');

describe('npm run start:meilisearch', () => {
  it('reads the search-only key from what npm run index printed', () => {
    expect(searchKeyFrom('Indexed 3 services…\nCreated a search-only key…:\nPUBLIC_MEILI_SEARCH_KEY=abc123\n')).toBe('abc123');
    expect(searchKeyFrom('Indexed 3 services.\n')).toBeUndefined();
  });

  it('says how to get a Meilisearch when there is none, and starts nothing', () => {
    const out = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/start-meilisearch.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: '/nonexistent', HOME: process.env.HOME ?? '/tmp' },
      timeout: 30_000,
    });
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toBe(NO_MEILISEARCH);
  });

  it('refuses a MEILI_URL without its master key', () => {
    const out = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/start-meilisearch.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: '/nonexistent', MEILI_URL: 'http://127.0.0.1:9' },
      timeout: 30_000,
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('MEILI_URL is set but MEILI_MASTER_KEY is not');
  });
});
