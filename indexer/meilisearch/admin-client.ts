import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Key, type RecordAny, type Settings, type Task } from 'meilisearch';
import { IndexerError, plainMessage } from './errors.ts';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry.ts';

export interface AdminClientOptions {
  /** MEILI_URL, for example http://127.0.0.1:7700 */
  host: string;
  /** The master key or an admin key. It is used here only and never written anywhere. */
  apiKey: string;
  retry?: RetryOptions;
  /** How long to wait for one task before giving up, in milliseconds. */
  taskTimeoutMs?: number;
  /** How often to ask whether a task has finished, in milliseconds. */
  pollIntervalMs?: number;
  /** Per-request timeout, in milliseconds: how long to wait for the server to answer one request. */
  requestTimeoutMs?: number;
}

/** The default per-request timeout: long enough for a busy server, short enough that a stuck one is noticed. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface IndexSummary {
  uid: string;
  createdAt: Date;
}

/**
 * A thin, typed wrapper over meilisearch-js 0.62 for the indexer. Every write waits for its task to finish;
 * a task that fails or is cancelled, and any error from the client, becomes an IndexerError with a plain
 * message. Network failures are retried with back-off; answers from the server are not.
 */
export class AdminClient {
  readonly host: string;
  readonly #client: Meilisearch;
  readonly #retry: RetryOptions;
  readonly #taskTimeoutMs: number;
  readonly #pollIntervalMs: number;

  constructor(options: AdminClientOptions) {
    this.host = options.host;
    this.#client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS });
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
    this.#pollIntervalMs = options.pollIntervalMs ?? 100;
  }

  /** Check the server answers and the key may manage indexes, before changing anything. */
  async checkAccess(): Promise<void> {
    await this.#call('connecting', () => this.#client.getRawIndexes({ limit: 1 }));
  }

  async indexExists(uid: string): Promise<boolean> {
    try {
      await withRetry(() => this.#client.getRawIndex(uid), this.#retry);
      return true;
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') return false;
      throw new IndexerError(plainMessage(err, `looking for the index "${uid}"`, this.host), { cause: err });
    }
  }

  async createIndex(uid: string, primaryKey: string): Promise<Task> {
    return this.#task(`creating the index "${uid}"`, () => this.#client.createIndex(uid, { primaryKey }), 'index_already_exists');
  }

  /** Every index on the server with when it was made (for removing temporary indexes left by killed runs). */
  async listIndexes(): Promise<IndexSummary[]> {
    const out: IndexSummary[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.#call('listing the indexes', () => this.#client.getRawIndexes({ offset, limit: 100 }));
      out.push(...page.results.map((i) => ({ uid: i.uid, createdAt: new Date(i.createdAt) })));
      if (page.results.length < 100) return out;
    }
  }

  async getSettings(uid: string): Promise<Settings> {
    return this.#call(`reading the settings of "${uid}"`, () => this.#client.index(uid).getSettings());
  }

  async updateSettings(uid: string, settings: Settings): Promise<Task> {
    return this.#task(`updating the settings of "${uid}"`, () => this.#client.index(uid).updateSettings(settings));
  }

  /** Add one batch of documents. Re-sending a batch after a network error is safe: documents replace by primary key. */
  async addDocuments(uid: string, documents: RecordAny[], primaryKey: string): Promise<Task> {
    return this.#task(`adding ${documents.length} documents to "${uid}"`, () => this.#client.index(uid).addDocuments(documents, { primaryKey }));
  }

  async countDocuments(uid: string): Promise<number> {
    const stats = await this.#call(`counting the documents in "${uid}"`, () => this.#client.index(uid).getStats());
    return stats.numberOfDocuments;
  }

  /** Every document of an index, page by page (for the dry run's comparison). */
  async allDocuments(uid: string, pageSize = 1000): Promise<RecordAny[]> {
    const out: RecordAny[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.#call(`reading the documents of "${uid}"`, () => this.#client.index(uid).getDocuments({ offset, limit: pageSize }));
      out.push(...page.results);
      if (page.results.length < pageSize || out.length >= page.total) return out;
    }
  }

  /** Swap the names of two indexes in one step: searches see the old index or the new one, never a mixture. */
  async swapIndexes(a: string, b: string): Promise<Task> {
    return this.#task(`swapping "${a}" and "${b}"`, () => this.#client.swapIndexes([{ indexes: [a, b], rename: false }]));
  }

  async deleteIndex(uid: string): Promise<Task> {
    return this.#task(`deleting the index "${uid}"`, () => this.#client.deleteIndex(uid), 'index_not_found');
  }

  async listKeys(): Promise<Key[]> {
    const out: Key[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.#call('listing the API keys', () => this.#client.getKeys({ offset, limit: 100 }));
      out.push(...page.results);
      if (page.results.length < 100) return out;
    }
  }

  async createKey(options: { name: string; description: string; actions: string[]; indexes: string[] }): Promise<Key> {
    return this.#call('creating the search key', () => this.#client.createKey({ ...options, expiresAt: null }));
  }

  async #call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withRetry(fn, this.#retry);
    } catch (err) {
      throw new IndexerError(plainMessage(err, doing, this.host), { cause: err });
    }
  }

  /**
   * Enqueue a write, then wait until Meilisearch has really done it. `doneAlreadyCode` is the error a repeat
   * of this write gives when a lost first attempt did reach the server (the index already exists, or is
   * already gone): after a retry, that error means success.
   */
  async #task(doing: string, enqueue: () => EnqueuedTaskPromise, doneAlreadyCode?: string): Promise<Task> {
    let attempts = 0;
    const enqueued = await this.#call(doing, () => {
      attempts += 1;
      return enqueue();
    });
    const task = await this.#call(doing, () =>
      this.#client.tasks.waitForTask(enqueued.taskUid, { timeout: this.#taskTimeoutMs, interval: this.#pollIntervalMs }),
    );
    if (task.status === 'failed' && attempts > 1 && task.error?.code === doneAlreadyCode) return task;
    if (task.status !== 'succeeded') {
      const why = task.error ? `${task.error.message} (${task.error.code})` : `the task was ${task.status}`;
      throw new IndexerError(`Meilisearch could not finish ${doing}: ${why}.`);
    }
    return task;
  }
}
