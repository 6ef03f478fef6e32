import type { Key } from 'meilisearch';
import type { AdminClient } from './meilisearch/admin-client.ts';

export interface SearchKeyResult {
  /** The key itself: give it to the site build as PUBLIC_MEILI_SEARCH_KEY. It can only search this one index. */
  key: string;
  uid: string;
  created: boolean;
  /** Keys that can do more than search this index and are named as ours: worth revoking. */
  tooPowerful: string[];
}

export const searchKeyName = (indexUid: string) => `fis-search-${indexUid}`;

/** A key is safe to publish in the site when it can only search, only this index, and has not expired. */
export function isSearchOnlyFor(key: Pick<Key, 'actions' | 'indexes' | 'expiresAt'>, indexUid: string, now = new Date()): boolean {
  const expired = key.expiresAt !== null && key.expiresAt !== undefined && new Date(key.expiresAt).getTime() <= now.getTime();
  return !expired && key.actions.length === 1 && key.actions[0] === 'search' && key.indexes.length === 1 && key.indexes[0] === indexUid;
}

/**
 * Find, or else create, the search-only key the site uses. The key is public by design (it ships in the
 * page), so it must not be able to do anything but search the live index: no other index, no writes, no
 * settings, no other keys. The admin key that creates it stays in the indexer's environment.
 */
export async function ensureSearchKey(client: AdminClient, indexUid: string, now = new Date()): Promise<SearchKeyResult> {
  const keys = await client.listKeys();
  const name = searchKeyName(indexUid);
  const tooPowerful = keys.filter((k) => k.name === name && !isSearchOnlyFor(k, indexUid, now)).map((k) => k.uid);
  const existing = keys.find((k) => isSearchOnlyFor(k, indexUid, now));
  if (existing) return { key: existing.key, uid: existing.uid, created: false, tooPowerful };
  const made = await client.createKey({
    name,
    description: `Search-only key for the Families Information Service site: can search the "${indexUid}" index and nothing else.`,
    actions: ['search'],
    indexes: [indexUid],
  });
  return { key: made.key, uid: made.uid, created: true, tooPowerful };
}
