/** The search-only key, tested against a stand-in, not Meilisearch (tests/meilisearch-stand-in). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminClient } from '../../indexer/meilisearch/admin-client.ts';
import { ensureSearchKey, isSearchOnlyFor } from '../../indexer/keys.ts';
import type { MeilisearchStandIn } from '../meilisearch-stand-in/server.ts';
import { startStandIn } from './helpers.ts';

let standIn: MeilisearchStandIn;
let client: AdminClient;
beforeEach(async () => {
  ({ standIn, client } = await startStandIn());
});
afterEach(async () => {
  await standIn.stop();
});

describe('isSearchOnlyFor', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('accepts only a key that can search this one index and has not expired', () => {
    expect(isSearchOnlyFor({ actions: ['search'], indexes: ['services'], expiresAt: null as never }, 'services', now)).toBe(true);
    expect(isSearchOnlyFor({ actions: ['search', 'documents.add'], indexes: ['services'], expiresAt: null as never }, 'services', now)).toBe(false);
    expect(isSearchOnlyFor({ actions: ['search'], indexes: ['*'], expiresAt: null as never }, 'services', now)).toBe(false);
    expect(isSearchOnlyFor({ actions: ['*'], indexes: ['services'], expiresAt: null as never }, 'services', now)).toBe(false);
    expect(isSearchOnlyFor({ actions: ['search'], indexes: ['services'], expiresAt: new Date('2026-11-01') }, 'services', now)).toBe(false);
  });
});

describe('ensureSearchKey against the stand-in (not Meilisearch)', () => {
  it('creates a key restricted to searching the live index', async () => {
    const result = await ensureSearchKey(client, 'services');
    expect(result.created).toBe(true);
    expect(standIn.keys).toHaveLength(1);
    expect(standIn.keys[0]).toMatchObject({ actions: ['search'], indexes: ['services'], expiresAt: null, key: result.key });
  });

  it('reuses the existing search-only key instead of making another', async () => {
    const first = await ensureSearchKey(client, 'services');
    const second = await ensureSearchKey(client, 'services');
    expect(second).toMatchObject({ created: false, key: first.key });
    expect(standIn.keys).toHaveLength(1);
  });

  it('does not reuse a wider key, and names it so it can be revoked', async () => {
    standIn.keys.push({
      uid: 'wide',
      key: 'wide-key',
      name: 'fis-search-services',
      description: null,
      actions: ['*'],
      indexes: ['*'],
      expiresAt: null,
      createdAt: '',
      updatedAt: '',
    });
    const result = await ensureSearchKey(client, 'services');
    expect(result).toMatchObject({ created: true, tooPowerful: ['wide'] });
    expect(result.key).not.toBe('wide-key');
  });
});
