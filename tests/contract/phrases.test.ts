/**
 * The phrase cases (phrase-cases.ts) measured on a real Meilisearch: a throwaway index with a document per
 * case, searched with each case's words. Skips, and says so, without a server (tests/setup/meilisearch.ts
 * starts one when a binary is on the PATH).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHRASE_CASES, PHRASE_STOP_WORDS, PHRASE_SYNONYMS, PHRASE_TYPO_TOLERANCE } from '../../site/lib/search/phrase-cases.ts';
import { makeThrowawayIndex, meilisearchServer, type ThrowawayIndex } from '../lib/throwaway-index.ts';

const server = meilisearchServer();
const FIELDS = ['f0', 'f1'];

describe.skipIf(!server)('synonym phrases and words: Meilisearch', () => {
  let t: ThrowawayIndex;
  beforeAll(async () => {
    const settings = {
      searchableAttributes: FIELDS,
      filterableAttributes: ['id'],
      stopWords: PHRASE_STOP_WORDS,
      synonyms: PHRASE_SYNONYMS,
      typoTolerance: PHRASE_TYPO_TOLERANCE,
    };
    const docs = PHRASE_CASES.map((c, id) => Object.fromEntries([['id', id], ...c.fields.map((f, k) => [FIELDS[k]!, f])]));
    t = await makeThrowawayIndex(server!, 'phrases', settings, docs);
  }, 60_000);
  afterAll(() => t?.drop());

  it.each(PHRASE_CASES.map((c, id) => ({ ...c, id })))('$q in $fields: $found ($why)', async ({ q, id, found }) => {
    const r = await t.index.search(q, { filter: `id = ${id}` });
    expect(r.hits.length > 0).toBe(found);
  });
});
