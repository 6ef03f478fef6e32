/**
 * The real indexer against a REAL Meilisearch, only when MEILI_URL and MEILI_MASTER_KEY are set (for example
 * in a CI job with a Meilisearch service). Otherwise it is skipped and says so: the stand-in tests prove the
 * protocol, not how Meilisearch itself behaves. It indexes content/ into a throwaway index, checks the count,
 * that the search-only key can search but not write, then deletes the index and the key.
 */
import { resolve } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../indexer/cli.ts';
import { prepareDirectory } from '../../indexer/index-directory.ts';

const url = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY ?? process.env.MEILI_ADMIN_KEY;
const root = resolve(import.meta.dirname, '../..');

describe.skipIf(!url || !masterKey)('the indexer against a real Meilisearch (MEILI_URL and MEILI_MASTER_KEY are set)', () => {
  it('indexes content/, swaps it in, and makes a search-only key that cannot write', { timeout: 180_000 }, async () => {
    const uid = `fis_test_${Date.now()}`;
    const admin = new Meilisearch({ host: url!, apiKey: masterKey! });
    try {
      const out = await runCli(['--index', uid, '--create-search-key'], { MEILI_URL: url, MEILI_MASTER_KEY: masterKey }, root, {
        progress: { step: () => {}, documents: () => {} },
      });
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      const expected = prepareDirectory(resolve(root, 'content'), root).documents.length;
      expect((await admin.index(uid).getStats()).numberOfDocuments).toBe(expected);
      const indexes = (await admin.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid);
      expect(indexes.filter((i) => i.startsWith(`${uid}_`))).toEqual([]);
      const searchKey = /PUBLIC_MEILI_SEARCH_KEY=(\S+)/.exec(out.stdout)?.[1];
      expect(searchKey).toBeDefined();
      const site = new Meilisearch({ host: url!, apiKey: searchKey! });
      const hits = await site.index(uid).search('stay and play', { limit: 3 });
      expect(hits.hits.length).toBeGreaterThan(0);
      await expect(site.index(uid).addDocuments([{ id: 'x', serviceId: 'x' }])).rejects.toThrow();
    } finally {
      await admin.deleteIndexIfExists(uid);
      const keys = await admin.getKeys({ limit: 1000 });
      for (const k of keys.results.filter((k) => k.indexes.includes(uid))) await admin.deleteKey(k.uid);
    }
  });
});

// Only when there is no server: a skipped placeholder that says why in the test report.
if (!(url && masterKey))
  describe('the indexer against a real Meilisearch', () => {
    it.skip('SKIPPED: MEILI_URL and MEILI_MASTER_KEY are not set, so the indexer was not run against a real Meilisearch (the stand-in tests still ran)', () => {});
  });
