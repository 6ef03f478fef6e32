/**
 * A throwaway Meilisearch index for a suite or a report: made with the given settings and documents on a real
 * server, searched, then deleted. One place for what every Meilisearch suite (contract, exactness, phrases,
 * need boost, parity) and `npm run relevance` did each by hand.
 */
import { type Index, Meilisearch, type Settings } from 'meilisearch';
import { meilisearchEngine, type SearchEngine } from '../../site/lib/search/engine.ts';

export interface ThrowawayIndex {
  index: Index;
  uid: string;
  /** The index as a search engine with no fallback: a Meilisearch failure must fail, not be answered by the embedded engine. */
  engine: SearchEngine;
  drop(): Promise<void>;
}

export async function makeThrowawayIndex(
  server: { host: string; masterKey: string },
  name: string,
  settings: Settings,
  docs: readonly object[],
): Promise<ThrowawayIndex> {
  const client = new Meilisearch({ host: server.host, apiKey: server.masterKey, timeout: 60_000 });
  const uid = `${name}_${Date.now()}_${process.pid}`;
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
  const index = client.index(uid);
  // The example directory's settings carry its word forms as synonyms: on a busy machine they take seconds.
  const set = await index.updateSettings(settings).waitTask({ timeout: 120_000 });
  if (set.status !== 'succeeded') throw new Error(`Meilisearch did not take the settings: ${JSON.stringify(set.error)}`);
  const added = await index.addDocuments([...docs]).waitTask({ timeout: 120_000 });
  if (added.status !== 'succeeded') throw new Error(`Meilisearch did not take the documents: ${JSON.stringify(added.error)}`);
  const noFallback: SearchEngine = { name: 'embedded', search: () => Promise.reject(new Error('Meilisearch did not answer')) };
  const engine = meilisearchEngine({
    host: server.host,
    searchKey: server.masterKey,
    indexUid: uid,
    fallback: noFallback,
    onFallback: (e) => {
      throw e;
    },
    searcher: ({ q, ...params }) => index.search(q, params) as never,
  });
  return {
    index,
    uid,
    engine,
    drop: async () =>
      void (await client
        .deleteIndex(uid)
        .waitTask()
        .catch(() => undefined)),
  };
}

/** The server the Meilisearch suites use (tests/setup/meilisearch.ts), or undefined when there is none. */
export function meilisearchServer(env: Record<string, string | undefined> = process.env): { host: string; masterKey: string } | undefined {
  return env.MEILI_URL && env.MEILI_MASTER_KEY ? { host: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY } : undefined;
}
