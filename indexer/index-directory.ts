import type { Settings } from 'meilisearch';
import { loadCheckedDirectory } from '../content/lib/checked-directory.ts';
import { searchSetupFor } from '../site/lib/search/load-setup.ts';
import type { SearchDocument } from '../site/lib/search/search-document.ts';
import type { AdminClient } from './meilisearch/admin-client.ts';
import { checkLive, type LiveCheck } from './meilisearch/check-live.ts';
import { IndexerError } from './meilisearch/errors.ts';
import { planPublish, publishIndex, removeStrayTemporaryIndexes, type PublishProgress } from './meilisearch/publish.ts';

/** Every search document points at its service by this field; Meilisearch needs it to be the primary key. */
export const PRIMARY_KEY = 'id';

export interface PreparedDirectory {
  documents: SearchDocument[];
  services: number;
  settings: Settings;
  /** Warnings do not stop indexing, but the person running it should see them. */
  warnings: number;
}

/**
 * Load and validate the directory, then turn it into search documents and index settings.
 * Refuses (throws) when any listing has an error: an index must never be built from a directory that
 * would fail `npm run validate`, or a broken listing would silently disappear from search.
 */
export function prepareDirectory(contentDir: string, root: string): PreparedDirectory {
  const dir = loadCheckedDirectory(
    { contentDir, root },
    (report) => new IndexerError(`Nothing was indexed, because some listings have errors. Fix them, then run this again:\n\n${report}`),
  );
  const { docs: documents, settings } = searchSetupFor(dir, contentDir);
  return { documents, services: dir.listings.length, settings, warnings: dir.problems.length };
}

export interface IndexDirectoryOptions {
  client: AdminClient;
  contentDir: string;
  root: string;
  uid: string;
  batchSize: number;
  dryRun: boolean;
  /** Compare the live index with the content and write nothing (npm run index -- --check). */
  check?: boolean;
  progress?: PublishProgress;
  now?: () => Date;
}

export type IndexDirectoryResult =
  | {
      kind: 'dry-run';
      services: number;
      documents: number;
      added: string[];
      changed: string[];
      removed: string[];
      unchanged: number;
      liveExists: boolean;
    }
  | ({ kind: 'check'; services: number; documents: number } & LiveCheck)
  | {
      kind: 'published';
      services: number;
      documents: number;
      batches: number;
      createdLiveIndex: boolean;
      temporaryUid: string;
      removedStray: string[];
    };

/**
 * The whole run: loadDirectory → validate → toSearchDocuments → (dry run: compare with the live index) or
 * publish into a fresh index and swap it in. See publish.ts for the guarantees on failure.
 */
export async function indexDirectory(options: IndexDirectoryOptions): Promise<IndexDirectoryResult> {
  const { client, uid } = options;
  options.progress?.step('Checking the listings');
  const prepared = prepareDirectory(options.contentDir, options.root);
  options.progress?.step(`Connecting to Meilisearch at ${client.host}`);
  await client.checkAccess();
  if (options.check) {
    options.progress?.step(`Comparing the live index "${uid}" with the content`);
    const check = await checkLive(client, uid, prepared.documents, prepared.settings);
    return { kind: 'check', services: prepared.services, documents: prepared.documents.length, ...check };
  }
  if (options.dryRun) {
    const plan = await planPublish(client, uid, prepared.documents);
    return { kind: 'dry-run', services: prepared.services, documents: prepared.documents.length, ...plan };
  }
  // A run killed half-way (Ctrl-C, a cancelled CI job, kill -9) cannot delete its temporary index: the next
  // run does, before it makes its own, so stray copies never pile up on the server.
  const runStartedAt = (options.now ?? (() => new Date()))();
  const removedStray = await removeStrayTemporaryIndexes(client, uid, runStartedAt, options.progress);
  const result = await publishIndex({
    client,
    uid,
    primaryKey: PRIMARY_KEY,
    settings: prepared.settings,
    documents: prepared.documents,
    batchSize: options.batchSize,
    ...(options.progress ? { progress: options.progress } : {}),
    now: () => runStartedAt,
  });
  return {
    kind: 'published',
    services: prepared.services,
    documents: result.documents,
    batches: result.batches,
    createdLiveIndex: result.createdLiveIndex,
    temporaryUid: result.temporaryUid,
    removedStray,
  };
}

/** The summary printed at the end of a run, in plain English. */
export function describeResult(result: IndexDirectoryResult, uid: string, elapsedMs: number): string {
  const time = `${(elapsedMs / 1000).toFixed(1)} s`;
  if (result.kind === 'published') {
    return [
      `Indexed ${plural(result.services, 'service')} as ${plural(result.documents, 'search document')} (one per service at each venue) into "${uid}", in ${plural(result.batches, 'batch', 'batches')}.`,
      result.createdLiveIndex
        ? `"${uid}" did not exist before: it was created and the new index swapped in.`
        : `The new index was swapped in for the old one, which was deleted.`,
      ...(result.removedStray.length > 0
        ? [
            `Deleted ${plural(result.removedStray.length, 'temporary index', 'temporary indexes')} left behind by earlier runs that did not finish: ${result.removedStray.join(', ')}.`,
          ]
        : []),
      `Took ${time}.`,
    ].join('\n');
  }
  const list = (label: string, ids: string[]) =>
    ids.length === 0
      ? []
      : [`${label} (${ids.length}):`, ...ids.slice(0, 50).map((id) => `  ${id}`), ...(ids.length > 50 ? [`  …and ${ids.length - 50} more`] : [])];
  if (result.kind === 'check') {
    if (!result.liveExists) return `There is no live index "${uid}": run npm run index to make it. Took ${time}.`;
    if (result.inStep)
      return `The live index "${uid}" matches the content: ${plural(result.services, 'service')}, ${plural(result.documents, 'search document')}, the same settings. Took ${time}.`;
    return [
      `The live index "${uid}" is out of date with the content. Run npm run index to bring it up to date.`,
      ...list('New services not in the live index', result.added),
      ...list('Services changed since the live index was built', result.changed),
      ...list('Services in the live index but no longer in the content', result.removed),
      ...(result.settings.length > 0 ? [`Settings that differ: ${result.settings.join(', ')}.`] : []),
      `${result.unchanged} unchanged. Took ${time}.`,
    ].join('\n');
  }
  return [
    `Dry run: nothing was written. ${plural(result.services, 'service')} would be indexed as ${plural(result.documents, 'search document')} into "${uid}".`,
    result.liveExists ? `Compared with the live index "${uid}":` : `There is no live index "${uid}" yet, so every service is new.`,
    ...list('New services', result.added),
    ...list('Changed services', result.changed),
    ...list('Removed services', result.removed),
    `${result.unchanged} unchanged. Took ${time}.`,
  ].join('\n');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
