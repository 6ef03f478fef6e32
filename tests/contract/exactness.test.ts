/**
 * The exactness cases (exactness-cases.ts) measured on a real Meilisearch: one throwaway index with a
 * document per case, searched with each case's query, reading the tier Meilisearch gives back. Skips, and
 * says so, without a server (tests/setup/meilisearch.ts starts one when a binary is on the PATH).
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STOP_WORDS, EXACTNESS_CASES, type Tier } from '../../site/lib/search/exactness-cases.ts';

const host = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
const TIERS: Record<string, Tier> = { exactMatch: 'is', matchesStart: 'starts', noExactMatch: 'no' };

describe.skipIf(!(host && masterKey))('exactness rule: Meilisearch', () => {
  const uid = `exactness_${Date.now()}_${process.pid}`;
  let client: Meilisearch;
  beforeAll(async () => {
    client = new Meilisearch({ host: host ?? '', apiKey: masterKey ?? '', timeout: 60_000 });
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    const index = client.index(uid);
    await index.updateSettings({ searchableAttributes: ['text'], stopWords: CASE_STOP_WORDS, rankingRules: ['words', 'exactness'] }).waitTask();
    const added = await index.addDocuments(EXACTNESS_CASES.map((c, id) => ({ id, text: c.field }))).waitTask();
    if (added.status !== 'succeeded') throw new Error(JSON.stringify(added.error));
  }, 60_000);
  afterAll(async () => {
    await client
      ?.deleteIndex(uid)
      .waitTask()
      .catch(() => undefined);
  });

  it.each(EXACTNESS_CASES.map((c, id) => ({ ...c, id })))('$q in $field: $tier ($why)', async ({ q, id, tier }) => {
    const r = await client.index(uid).search(q, { filter: undefined, limit: 100, showRankingScoreDetails: true });
    const hit = r.hits.find((h) => h.id === id);
    expect(hit, 'the case document matches the query').toBeDefined();
    const details = hit?._rankingScoreDetails as { exactness?: { matchType?: string } } | undefined;
    expect(TIERS[details?.exactness?.matchType ?? '']).toBe(tier);
  });
});
