/**
 * The indexer's protocol with Meilisearch, tested against a stand-in, not Meilisearch (tests/meilisearch-stand-in):
 * create a fresh index, push settings, push documents in batches, wait for every task, check the count, swap,
 * delete the old copy; and that a failure at any step leaves the live index untouched. It proves the requests
 * and their order, not Meilisearch's own behaviour: the real-server test is in real-meilisearch.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminClient } from '../../indexer/meilisearch/admin-client.ts';
import { IndexerError } from '../../indexer/meilisearch/errors.ts';
import { planPublish, publishIndex, temporaryIndexUid } from '../../indexer/meilisearch/publish.ts';
import type { MeilisearchStandIn } from '../meilisearch-stand-in/server.ts';
import { doc, docs, startStandIn } from './helpers.ts';

const settings = { searchableAttributes: ['name'], filterableAttributes: ['needs'], distinctAttribute: 'serviceId' };
const NOW = new Date('2026-11-26T17:05:09Z');
const TEMP = 'services_20261126_170509';

let standIn: MeilisearchStandIn;
let client: AdminClient;
let retries: number[];

beforeEach(async () => {
  ({ standIn, client, retries } = await startStandIn());
});
afterEach(async () => {
  await standIn.stop();
});

const publish = (documents = docs(10), batchSize = 4) =>
  publishIndex({ client, uid: 'services', primaryKey: 'id', settings, documents, batchSize, now: () => NOW });

const writes = () => standIn.log.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
const liveIds = () => [...(standIn.indexes.get('services')?.documents.keys() ?? [])].sort();

describe('publishing to the stand-in (not Meilisearch): first run', () => {
  it('names the temporary index after the live one and the time', () => {
    expect(temporaryIndexUid('services', NOW)).toBe(TEMP);
  });

  it('creates a fresh index, pushes settings, sends batches, creates the live index, swaps, then deletes the old copy', async () => {
    const result = await publish();
    expect(writes()).toEqual([
      'POST /indexes',
      `PATCH /indexes/${TEMP}/settings`,
      `POST /indexes/${TEMP}/documents`,
      `POST /indexes/${TEMP}/documents`,
      `POST /indexes/${TEMP}/documents`,
      'POST /indexes',
      'POST /swap-indexes',
      `DELETE /indexes/${TEMP}`,
    ]);
    const sizes = standIn.log.filter((r) => r.path.endsWith('/documents') && r.method === 'POST').map((r) => (r.body as unknown[]).length);
    expect(sizes).toEqual([4, 4, 2]);
    expect([...standIn.indexes.keys()]).toEqual(['services']);
    expect(liveIds()).toHaveLength(10);
    expect(standIn.indexes.get('services')?.settings).toMatchObject(settings);
    expect(result).toMatchObject({ documents: 10, batches: 3, createdLiveIndex: true, temporaryUid: TEMP });
  });

  it('removes both indexes when the swap fails on a first run, so no empty live index answers searches', async () => {
    standIn.failTask('indexSwap');
    await expect(publish()).rejects.toThrow(
      `There was no live index "services" before, and there is none now. The temporary index ${TEMP} was deleted.`,
    );
    expect([...standIn.indexes.keys()]).toEqual([]);
  });

  it('waits for every task to succeed before the next step (the stand-in only applies a task once it is polled)', async () => {
    await publish();
    // Nothing was left for the stand-in to settle: each task was polled to the end by the indexer itself.
    expect(standIn.tasks.map((t) => t.status)).toEqual(standIn.tasks.map(() => 'succeeded'));
    const swapAt = standIn.log.findIndex((r) => r.path === '/swap-indexes');
    const lastBatchTask = standIn.tasks.filter((t) => t.type === 'documentAdditionOrUpdate').at(-1)!;
    const polledBeforeSwap = standIn.log.slice(0, swapAt).filter((r) => r.path === `/tasks/${lastBatchTask.uid}`);
    expect(polledBeforeSwap.length).toBeGreaterThanOrEqual(2);
  });
});

describe('publishing to the stand-in (not Meilisearch): replacing a live index', () => {
  beforeEach(() => standIn.seedIndex('services', 'id', [doc('old/one'), doc('old/two')], { searchableAttributes: ['*'] }));

  it('swaps the new documents in and deletes the previous ones, leaving one index', async () => {
    const result = await publish(docs(5), 2);
    expect(result.createdLiveIndex).toBe(false);
    expect(writes().filter((w) => w === 'POST /indexes')).toHaveLength(1);
    expect(writes()).not.toContain('DELETE /indexes/services');
    expect([...standIn.indexes.keys()]).toEqual(['services']);
    expect(liveIds()).toEqual(
      docs(5)
        .map((d) => d.id)
        .sort(),
    );
    expect(standIn.indexes.get('services')?.settings).toMatchObject(settings);
  });

  const failures: [string, () => void][] = [
    ['the settings task fails', () => standIn.failTask('settingsUpdate', 1, 'invalid_settings_filterable_attributes', 'Bad filterable attributes.')],
    [
      'the second batch of documents fails',
      () => standIn.failTask('documentAdditionOrUpdate', 2, 'invalid_document_geo_field', 'The `_geo` field is invalid.'),
    ],
    ['the count does not match', () => standIn.loseDocuments(1)],
    ['the swap fails', () => standIn.failTask('indexSwap')],
    ['the server answers 500 to a batch', () => standIn.failRequest(4, { kind: 500, code: 'internal', message: 'Disk full.' })],
  ];
  for (const [what, inject] of failures) {
    it(`leaves the live index untouched and deletes the temporary index when ${what}`, async () => {
      inject();
      const error = await publish(docs(6), 2).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexerError);
      expect((error as Error).message).toContain('The live index "services" was not changed.');
      expect((error as Error).message).toContain(`The temporary index ${TEMP} was deleted.`);
      expect(liveIds()).toEqual([doc('old/one').id, doc('old/two').id].sort());
      expect(standIn.indexes.get('services')?.settings).toEqual({ searchableAttributes: ['*'] });
      expect([...standIn.indexes.keys()]).toEqual(['services']);
    });
  }

  it('says plainly what Meilisearch rejected', async () => {
    standIn.failTask('documentAdditionOrUpdate', 1, 'invalid_document_geo_field', 'The `_geo` field is invalid.');
    await expect(publish(docs(2), 2)).rejects.toThrow(
      /Meilisearch could not finish adding 2 documents to "services_20261126_170509": The `_geo` field is invalid. \(invalid_document_geo_field\)/,
    );
  });

  it('never touches an index that already has the temporary name (another run in the same second)', async () => {
    standIn.seedIndex(TEMP, 'id', [doc('other/run')]);
    await expect(publish()).rejects.toThrow(/already exists.*live index "services" is as it was/);
    expect(standIn.indexes.get(TEMP)?.documents.size).toBe(1);
    expect(liveIds()).toHaveLength(2);
  });

  it('refuses documents that share a primary key before writing anything', async () => {
    await expect(publish([doc('a'), doc('a')])).rejects.toThrow(/share a "id"/);
    expect(writes()).toEqual([]);
  });
});

describe('retries against the stand-in (not Meilisearch)', () => {
  it('retries a dropped connection with exponential back-off and still publishes', async () => {
    standIn.failRequest(1, { kind: 'network' });
    standIn.failRequest(2, { kind: 'network' });
    await publish(docs(3), 3);
    expect(retries).toEqual([100, 200]);
    expect(liveIds()).toHaveLength(3);
  });

  it('treats "already exists" after a lost create answer as done', async () => {
    // The first create reaches the stand-in, but its answer is lost; the retry's task then finds the index made.
    standIn.failRequest(1, { kind: 'lost-answer' });
    await publish(docs(2), 2);
    const creates = standIn.tasks.filter((t) => t.type === 'indexCreation' && t.indexUid === TEMP);
    expect(creates.map((t) => t.error?.code ?? t.status)).toEqual(['succeeded', 'index_already_exists']);
    expect(retries).toEqual([100]);
    expect(liveIds()).toHaveLength(2);
  });

  it('does not treat "already exists" as done when nothing was retried', async () => {
    standIn.failTask('indexCreation', 1, 'index_already_exists', 'Index `services_20261126_170509` already exists.');
    await expect(publish()).rejects.toThrow(/already exists/);
  });

  it('does not retry a 4xx answer', async () => {
    standIn.failRequest(1, { kind: 400, code: 'invalid_index_uid', message: 'Bad uid.' });
    await expect(publish()).rejects.toThrow(/Bad uid\. \(invalid_index_uid\)/);
    expect(retries).toEqual([]);
  });

  it('gives up after the retries and says the server cannot be reached', async () => {
    for (let i = 1; i <= 4; i++) standIn.failRequest(i, { kind: 'network' });
    await expect(publish()).rejects.toThrow(
      `Could not reach Meilisearch at ${standIn.url} while creating the index "${TEMP}". Check MEILI_URL and that the server is running.`,
    );
    expect(retries).toEqual([100, 200, 400]);
  });
});

describe('dry run against the stand-in (not Meilisearch)', () => {
  it('lists new, changed and removed services and writes nothing', async () => {
    standIn.seedIndex('services', 'id', [doc('a'), doc('b'), doc('c')]);
    const plan = await planPublish(client, 'services', [doc('a'), doc('b', 0, { name: 'Renamed' }), doc('d')]);
    expect(plan).toMatchObject({ added: ['d'], changed: ['b'], removed: ['c'], unchanged: 1, liveExists: true, liveDocuments: 3 });
    expect(writes()).toEqual([]);
  });

  it('says everything is new when there is no live index yet', async () => {
    const plan = await planPublish(client, 'services', docs(2));
    expect(plan).toMatchObject({ added: docs(2).map((d) => d.serviceId), liveExists: false, liveDocuments: 0 });
    expect(writes()).toEqual([]);
  });
});
