/**
 * Query understanding's need boost works the same way on both engines: it hides nothing (the same total as
 * without it), the boosted tier is exactly the services with the need (the same count as filtering by it),
 * the boosted services always come first, and pages join up across the tier boundary. (Whether the two
 * engines match the same services for the same words is the parity suite's question.) The embedded engine always; a real Meilisearch when MEILI_URL and MEILI_MASTER_KEY are set
 * (a throwaway index of the example directory, deleted afterwards).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSearchSetup } from '../../site/lib/search/load-setup.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../../site/lib/search/embedded-index.ts';
import { embeddedEngine, type SearchEngine } from '../../site/lib/search/engine.ts';
import { parseQuery, type Query } from '../../site/lib/search/query.ts';
import { applyUnderstanding, understandQuery } from '../../site/lib/search/understand/understand.ts';
import { makeThrowawayIndex, meilisearchServer, type ThrowawayIndex } from '../lib/throwaway-index.ts';

const root = resolve(import.meta.dirname, '../..');
const server = meilisearchServer();
const setup = loadSearchSetup(resolve(root, 'content'), { root });
const embedded = embeddedEngine(() => loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(setup.docs, setup.words))));

const QUERIES = [
  "my 13 year old won't go to school and is anxious",
  'worried about my drinking',
  'free activities for toddlers',
  'pregnant',
  'teenager anger',
];
const understood = (q: string, page = 1, size = 10): Query => {
  const { query } = parseQuery(new URLSearchParams({ q, page: String(page), size: String(size) }), setup.ctx);
  return applyUnderstanding(query, understandQuery(q, setup.understand));
};

async function checkTiers(engine: SearchEngine, q: string) {
  const all = await engine.search(understood(q, 1, 12));
  expect(all.boosted, q).toBeGreaterThan(0);
  const boost = new Set(understood(q).boostNeeds);
  const tiers = all.hits.map((h) => h.needs.some((n) => boost.has(n)));
  // Boosted first: no boosted service after one without the need.
  expect(tiers.indexOf(false) === -1 || tiers.lastIndexOf(true) < tiers.indexOf(false), `${q}: ${tiers.join(',')}`).toBe(true);
  const paged = [];
  for (let p = 1; p <= 4; p++) paged.push(...(await engine.search(understood(q, p, 3))).hits.map((h) => h.serviceId));
  expect(paged, `${q}: pages of 3 join up`).toEqual(all.hits.map((h) => h.serviceId));
  const plain = await engine.search({ ...understood(q, 1, 12), boostNeeds: [] });
  const filtered = await engine.search({ ...understood(q, 1, 12), boostNeeds: [], needs: [...boost] });
  expect({ total: all.total, boosted: all.boosted, facets: all.facets }).toEqual({
    total: plain.total,
    boosted: filtered.total,
    facets: plain.facets,
  });
  return all;
}

describe('need boost: embedded engine', () => {
  it.each(QUERIES)('%s', async (q) => {
    await checkTiers(embedded, q);
  });
});

describe.skipIf(!server)('need boost: Meilisearch', () => {
  let t: ThrowawayIndex;
  beforeAll(async () => {
    t = await makeThrowawayIndex(server!, 'understanding', setup.settings, setup.docs);
  }, 180_000);
  afterAll(() => t?.drop());

  it.each(QUERIES)('%s', async (q) => {
    await checkTiers(t.engine, q);
  });
});
