/**
 * Vitest global setup: a real Meilisearch for every suite that talks to one.
 *
 * - MEILI_URL already set: that server is used as it is (a council's own, or CI's service).
 * - Otherwise, when a `meilisearch` binary is on the PATH (or at MEILI_BIN), a throwaway server is started on
 *   127.0.0.1 with a temporary database and a random master key, and stopped when the run ends.
 * - Otherwise the Meilisearch suites skip and say so.
 *
 * The workers inherit the environment set here, so the suites only ever read MEILI_URL and MEILI_MASTER_KEY.
 */
import { findMeilisearchBinary, startLocalMeilisearch } from '../../indexer/meilisearch/local-server.ts';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.MEILI_URL) {
    console.log(`Meilisearch suites use the server at ${process.env.MEILI_URL} (MEILI_URL is set).`);
    return undefined;
  }
  const binary = findMeilisearchBinary(process.env);
  if (!binary) {
    console.log('No meilisearch binary on the PATH or at MEILI_BIN, and MEILI_URL is not set: the Meilisearch suites will skip.');
    return undefined;
  }
  const server = await startLocalMeilisearch({ binary });
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  console.log(`Meilisearch suites use a throwaway server from ${binary} at ${server.url}.`);
  return async () => {
    await server.stop();
    delete process.env.MEILI_URL;
    delete process.env.MEILI_MASTER_KEY;
  };
}
