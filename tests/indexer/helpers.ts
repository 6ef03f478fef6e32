import { AdminClient } from '../../indexer/meilisearch/admin-client.ts';
import { MeilisearchStandIn } from '../meilisearch-stand-in/server.ts';

export const MASTER_KEY = 'stand-in-master-key';

/** A fresh stand-in (not Meilisearch) on 127.0.0.1 and an admin client for it that never really sleeps. */
export async function startStandIn(): Promise<{ standIn: MeilisearchStandIn; client: AdminClient; retries: number[] }> {
  const standIn = new MeilisearchStandIn({ masterKey: MASTER_KEY });
  const url = await standIn.start();
  const retries: number[] = [];
  const client = new AdminClient({
    host: url,
    apiKey: MASTER_KEY,
    pollIntervalMs: 1,
    taskTimeoutMs: 5_000,
    retry: { retries: 3, baseDelayMs: 100, sleep: async (ms) => void retries.push(ms) },
  });
  return { standIn, client, retries };
}

export const doc = (serviceId: string, venue = 0, extra: Record<string, unknown> = {}) => ({
  id: `${serviceId.replaceAll('/', '__')}--${venue}`,
  serviceId,
  name: `Service ${serviceId}`,
  ...extra,
});

export const docs = (n: number, prefix = 'org/service') => Array.from({ length: n }, (_, i) => doc(`${prefix}-${i}`));
