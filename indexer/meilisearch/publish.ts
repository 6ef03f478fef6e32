import type { RecordAny, Settings } from 'meilisearch';
import type { AdminClient } from './admin-client.ts';
import { diffServices, type ServiceDiff } from './document-diff.ts';
import { IndexerError } from './errors.ts';

export interface PublishProgress {
  /** A step has started, e.g. "Pushing settings". */
  step(message: string): void;
  /** Documents sent so far. */
  documents(done: number, total: number): void;
}

export interface PublishOptions {
  client: AdminClient;
  /** The live index that the site searches, e.g. "services". */
  uid: string;
  primaryKey: string;
  settings: Settings;
  documents: RecordAny[];
  batchSize: number;
  /** For the temporary index's name; replaceable in tests. */
  now?: () => Date;
  progress?: PublishProgress;
}

export interface PublishResult {
  uid: string;
  /** The fresh index the documents went into, swapped in as `uid`. */
  temporaryUid: string;
  documents: number;
  batches: number;
  createdLiveIndex: boolean;
}

const silent: PublishProgress = { step: () => {}, documents: () => {} };

/** "services" at 2026-11-26T17:05:09Z → "services_20261126_170509" */
export function temporaryIndexUid(uid: string, now: Date): string {
  const s = now.toISOString();
  return `${uid}_${s.slice(0, 10).replaceAll('-', '')}_${s.slice(11, 19).replaceAll(':', '')}`;
}

/** The time in a temporary index's name, or undefined when `name` is not one of `uid`'s temporary indexes. */
export function temporaryIndexTime(uid: string, name: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})$/.exec(name.startsWith(`${uid}_`) ? name.slice(uid.length + 1) : '');
  if (!m) return undefined;
  const time = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/**
 * The temporary indexes of `uid` that earlier runs left behind (a run killed before it could clean up):
 * named by this indexer's own pattern, and both named and created before this run started. Anything else on
 * the server (other indexes, other sites' indexes, a run that started later) is never touched.
 */
export function strayTemporaryIndexes(uid: string, indexes: readonly { uid: string; createdAt: Date }[], runStartedAt: Date): string[] {
  const startSecond = Math.floor(runStartedAt.getTime() / 1000) * 1000;
  return indexes
    .filter((i) => {
      const named = temporaryIndexTime(uid, i.uid);
      return named !== undefined && named.getTime() < startSecond && i.createdAt.getTime() < runStartedAt.getTime();
    })
    .map((i) => i.uid)
    .sort();
}

/** Delete the temporary indexes earlier, killed runs left behind. Returns their names. */
export async function removeStrayTemporaryIndexes(
  client: AdminClient,
  uid: string,
  runStartedAt: Date,
  progress: PublishProgress = silent,
): Promise<string[]> {
  const stray = strayTemporaryIndexes(uid, await client.listIndexes(), runStartedAt);
  for (const name of stray) {
    progress.step(`Deleting ${name}, left behind by an earlier run that did not finish`);
    await client.deleteIndex(name);
  }
  return stray;
}

/**
 * Build a fresh index beside the live one and swap it in atomically:
 * create `<uid>_<timestamp>` → settings → documents in batches (waiting for every task) → check the count →
 * create the live index if it does not exist yet → swapIndexes → delete the old copy.
 * Until the swap the live index is never written, so any failure before it leaves the site's search exactly as
 * it was; the temporary index is then deleted and the error is thrown with a plain message.
 */
export async function publishIndex(options: PublishOptions): Promise<PublishResult> {
  const { client, uid, primaryKey, settings, documents, batchSize } = options;
  const progress = options.progress ?? silent;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new IndexerError(`The batch size must be a whole number of at least 1; it was ${batchSize}.`);
  const ids = new Set(documents.map((d) => String(d[primaryKey])));
  if (ids.size !== documents.length) {
    throw new IndexerError(
      `${documents.length - ids.size} search documents share a "${primaryKey}" with another one, so Meilisearch would keep only one of each. This is a bug in the search documents: nothing was indexed.`,
    );
  }
  const temporaryUid = temporaryIndexUid(uid, (options.now ?? (() => new Date()))());
  let swapped = false;
  let createdLiveIndex = false;
  let batches = 0;
  progress.step(`Creating the index ${temporaryUid}`);
  // Not inside the clean-up below: if this fails because the name is taken, the index is someone else's.
  await client.createIndex(temporaryUid, primaryKey).catch((err: unknown) => {
    throw new IndexerError(`${err instanceof Error ? err.message : String(err)} Nothing was changed: the live index "${uid}" is as it was.`, {
      cause: err,
    });
  });
  try {
    progress.step('Pushing the index settings');
    await client.updateSettings(temporaryUid, settings);
    progress.step(`Pushing ${documents.length} documents in batches of ${batchSize}`);
    progress.documents(0, documents.length);
    for (let i = 0; i < documents.length; i += batchSize) {
      await client.addDocuments(temporaryUid, documents.slice(i, i + batchSize), primaryKey);
      batches += 1;
      progress.documents(Math.min(i + batchSize, documents.length), documents.length);
    }
    progress.step('Checking the document count');
    const count = await client.countDocuments(temporaryUid);
    if (count !== documents.length) {
      throw new IndexerError(`The new index holds ${count} documents but ${documents.length} were sent, so it was not swapped in.`);
    }
    if (!(await client.indexExists(uid))) {
      progress.step(`Creating the live index ${uid} (first run)`);
      await client.createIndex(uid, primaryKey);
      createdLiveIndex = true;
    }
    progress.step(`Swapping ${temporaryUid} in as ${uid}`);
    await client.swapIndexes(uid, temporaryUid);
    swapped = true;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const cleanup = await client.deleteIndex(temporaryUid).then(
      () => `The temporary index ${temporaryUid} was deleted.`,
      () => `The temporary index ${temporaryUid} could not be deleted: delete it by hand.`,
    );
    // On a first run, an empty live index made just now would answer every search with nothing: remove it too.
    const live = createdLiveIndex
      ? await client.deleteIndex(uid).then(
          () => `There was no live index "${uid}" before, and there is none now.`,
          () => `The empty live index "${uid}" made by this run could not be deleted: delete it by hand.`,
        )
      : `The live index "${uid}" was not changed.`;
    throw new IndexerError(`${message} ${live} ${cleanup}`, { cause: err });
  }
  // After the swap, `temporaryUid` holds the previous live content.
  progress.step(`Deleting the previous index (now named ${temporaryUid})`);
  try {
    await client.deleteIndex(temporaryUid);
  } catch (err) {
    throw new IndexerError(
      `The new index is live as "${uid}", but the previous copy ${temporaryUid} could not be deleted: ${err instanceof Error ? err.message : String(err)} Delete it by hand.`,
      { cause: err },
    );
  }
  return { uid, temporaryUid, documents: documents.length, batches, createdLiveIndex: createdLiveIndex && swapped };
}

/** What publishing would change, without writing anything. */
export async function planPublish(
  client: AdminClient,
  uid: string,
  documents: RecordAny[],
): Promise<ServiceDiff & { liveExists: boolean; liveDocuments: number }> {
  const liveExists = await client.indexExists(uid);
  const live = liveExists ? await client.allDocuments(uid) : [];
  return { ...diffServices(documents, live), liveExists, liveDocuments: live.length };
}
