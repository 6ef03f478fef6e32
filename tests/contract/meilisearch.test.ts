/**
 * The contract suite on a real Meilisearch. Runs when MEILI_URL and MEILI_MASTER_KEY are set: it builds a
 * temporary index with the directory's settings and the fixture documents, runs the same table as the
 * embedded engine, and deletes the index. Otherwise it is skipped, and says so plainly.
 *
 * Example: docker run -p 7700:7700 -e MEILI_MASTER_KEY=dev getmeili/meilisearch:v1.x
 *          MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=dev npm run test:unit -- tests/contract
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../site/lib/search/query.ts';
import { loadFixture } from './fixture.ts';
import { CONTRACT, contractFailures } from './search-contract.ts';
import { makeThrowawayIndex, meilisearchServer, type ThrowawayIndex } from '../lib/throwaway-index.ts';

const server = meilisearchServer();
const configured = Boolean(server);

if (!configured) console.log('Meilisearch contract suite SKIPPED: MEILI_URL and MEILI_MASTER_KEY are not set');

describe.skipIf(!configured)('search contract: Meilisearch', () => {
  // Made in beforeAll: describe bodies run even when skipped, and there is no server to talk to then.
  const fixture = loadFixture();
  let t: ThrowawayIndex;
  beforeAll(async () => {
    t = await makeThrowawayIndex(server!, 'contract', fixture.settings, fixture.docs);
  }, 120_000);
  afterAll(() => t?.drop());

  it.each(CONTRACT)('$name', async (c) => {
    const { query, errors } = parseQuery(new URLSearchParams(c.params), fixture.ctx);
    expect(errors).toEqual([]);
    const results = await t.engine.search(query);
    expect(results.engine).toBe('meilisearch');
    expect(contractFailures(c, results)).toEqual([]);
  });
});
