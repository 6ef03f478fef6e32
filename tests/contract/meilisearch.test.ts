/**
 * The contract suite on a real Meilisearch. Runs when MEILI_URL and MEILI_MASTER_KEY are set: it builds a
 * temporary index with the directory's settings and the fixture documents, runs the same table as the
 * embedded engine, and deletes the index. Otherwise it is skipped, and says so plainly.
 *
 * Example: docker run -p 7700:7700 -e MEILI_MASTER_KEY=dev getmeili/meilisearch:v1.x
 *          MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=dev npm run test:unit -- tests/contract
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meilisearchEngine, type SearchEngine } from '../../site/lib/search/engine.ts';
import { parseQuery } from '../../site/lib/search/query.ts';
import { loadFixture } from './fixture.ts';
import { CONTRACT, contractFailures } from './search-contract.ts';

const host = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
const configured = Boolean(host && masterKey);

if (!configured) console.log('Meilisearch contract suite SKIPPED: MEILI_URL and MEILI_MASTER_KEY are not set');

describe.skipIf(!configured)('search contract: Meilisearch', () => {
  // Made in beforeAll: describe bodies run even when skipped, and there is no server to talk to then.
  const fixture = loadFixture();
  const uid = `contract_${Date.now()}_${process.pid}`;
  let client: Meilisearch;
  let engine: SearchEngine;

  beforeAll(async () => {
    client = new Meilisearch({ host: host ?? '', apiKey: masterKey ?? '', timeout: 30_000 });
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    const index = client.index(uid);
    // The settings carry the directory's word forms as synonyms: on a busy machine they take a few seconds.
    await index.updateSettings(fixture.settings).waitTask({ timeout: 60_000 });
    const added = await index.addDocuments(fixture.docs).waitTask({ timeout: 60_000 });
    if (added.status !== 'succeeded') throw new Error(`Meilisearch did not take the fixture documents: ${JSON.stringify(added.error)}`);
    // No fallback: a Meilisearch failure must fail the case, not be answered by the embedded engine.
    const noFallback: SearchEngine = { name: 'embedded', search: () => Promise.reject(new Error('Meilisearch did not answer')) };
    engine = meilisearchEngine({
      host: host ?? '',
      searchKey: masterKey ?? '',
      indexUid: uid,
      fallback: noFallback,
      searcher: (request) => {
        const { q, ...params } = request;
        return index.search(q, params) as never;
      },
    });
  }, 120_000);

  afterAll(async () => {
    await client
      ?.deleteIndex(uid)
      .waitTask()
      .catch(() => undefined);
  });

  it.each(CONTRACT)('$name', async (c) => {
    const { query, errors } = parseQuery(new URLSearchParams(c.params), fixture.ctx);
    expect(errors).toEqual([]);
    const results = await engine.search(query);
    expect(results.engine).toBe('meilisearch');
    expect(contractFailures(c, results)).toEqual([]);
  });
});
