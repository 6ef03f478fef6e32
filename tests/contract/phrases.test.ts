/**
 * The phrase cases (phrase-cases.ts) measured on a real Meilisearch: a throwaway index with a document per
 * case, searched with each case's words. Skips, and says so, without a server (tests/setup/meilisearch.ts
 * starts one when a binary is on the PATH).
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHRASE_CASES, PHRASE_STOP_WORDS, PHRASE_SYNONYMS, PHRASE_TYPO_TOLERANCE } from '../../site/lib/search/phrase-cases.ts';

const host = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
const FIELDS = ['f0', 'f1'];

describe.skipIf(!(host && masterKey))('synonym phrases and words: Meilisearch', () => {
  const uid = `phrases_${Date.now()}_${process.pid}`;
  let client: Meilisearch;
  beforeAll(async () => {
    client = new Meilisearch({ host: host ?? '', apiKey: masterKey ?? '', timeout: 60_000 });
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    const index = client.index(uid);
    await index
      .updateSettings({
        searchableAttributes: FIELDS,
        filterableAttributes: ['id'],
        stopWords: PHRASE_STOP_WORDS,
        synonyms: PHRASE_SYNONYMS,
        typoTolerance: PHRASE_TYPO_TOLERANCE,
      })
      .waitTask();
    const docs = PHRASE_CASES.map((c, id) => Object.fromEntries([['id', id], ...c.fields.map((f, k) => [FIELDS[k]!, f])]));
    const added = await index.addDocuments(docs).waitTask();
    if (added.status !== 'succeeded') throw new Error(JSON.stringify(added.error));
  }, 60_000);
  afterAll(async () => {
    await client
      ?.deleteIndex(uid)
      .waitTask()
      .catch(() => undefined);
  });

  it.each(PHRASE_CASES.map((c, id) => ({ ...c, id })))('$q in $fields: $found ($why)', async ({ q, id, found }) => {
    const r = await client.index(uid).search(q, { filter: `id = ${id}` });
    expect(r.hits.length > 0).toBe(found);
  });
});
