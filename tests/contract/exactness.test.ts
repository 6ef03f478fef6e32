/**
 * The exactness cases (exactness-cases.ts) measured on a real Meilisearch: one throwaway index with a
 * document per case, searched with each case's query, reading the tier Meilisearch gives back. Skips, and
 * says so, without a server (tests/setup/meilisearch.ts starts one when a binary is on the PATH).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STOP_WORDS, EXACTNESS_CASES, type Tier } from '../../site/lib/search/exactness-cases.ts';
import { makeThrowawayIndex, meilisearchServer, type ThrowawayIndex } from '../lib/throwaway-index.ts';

const server = meilisearchServer();
const TIERS: Record<string, Tier> = { exactMatch: 'is', matchesStart: 'starts', noExactMatch: 'no' };

describe.skipIf(!server)('exactness rule: Meilisearch', () => {
  let t: ThrowawayIndex;
  beforeAll(async () => {
    const settings = { searchableAttributes: ['text'], stopWords: CASE_STOP_WORDS, rankingRules: ['words', 'exactness'] };
    t = await makeThrowawayIndex(
      server!,
      'exactness',
      settings,
      EXACTNESS_CASES.map((c, id) => ({ id, text: c.field })),
    );
  }, 60_000);
  afterAll(() => t?.drop());

  it.each(EXACTNESS_CASES.map((c, id) => ({ ...c, id })))('$q in $field: $tier ($why)', async ({ q, id, tier }) => {
    const r = await t.index.search(q, { limit: 100, showRankingScoreDetails: true });
    const hit = r.hits.find((h) => h.id === id);
    expect(hit, 'the case document matches the query').toBeDefined();
    const details = hit?._rankingScoreDetails as { exactness?: { matchType?: string } } | undefined;
    expect(TIERS[details?.exactness?.matchType ?? '']).toBe(tier);
  });
});
