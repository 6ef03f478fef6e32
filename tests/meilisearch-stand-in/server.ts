/**
 * A stand-in, not Meilisearch: a small HTTP server on 127.0.0.1 that speaks just enough of the Meilisearch
 * task protocol (indexes, settings, documents, stats, tasks, swap, keys) for the indexer's protocol tests.
 * It does not search. Test code only: the product never imports it.
 *
 * Tasks are applied lazily, when a client polls them (or a later task), and report "processing" on the
 * first poll. A client that reads an index without waiting for its tasks therefore sees stale data, as it
 * could on a busy real server, and the tests catch it.
 *
 * Failure injection: fail the Nth request (with an HTTP error or by dropping the connection), or make the
 * next task of a given type fail.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Doc = Record<string, unknown>;

interface StandInIndex {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  settings: Record<string, unknown>;
  documents: Map<string, Doc>;
}

interface StandInTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  details: Record<string, unknown>;
  error: { message: string; code: string; type: string; link: string } | null;
  polls: number;
  apply: () => void;
}

export interface LoggedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface RequestFailure {
  /**
   * 'network' drops the connection before doing anything; 'lost-answer' does the work, then drops the
   * connection, so the client cannot know it succeeded; a number answers with that HTTP status.
   */
  kind: 'network' | 'lost-answer' | number;
  code?: string;
  message?: string;
}

export interface StandInOptions {
  masterKey: string;
}

class TaskFailure extends Error {
  code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export class MeilisearchStandIn {
  readonly masterKey: string;
  readonly indexes = new Map<string, StandInIndex>();
  readonly tasks: StandInTask[] = [];
  readonly keys: {
    uid: string;
    key: string;
    name: string | null;
    description: string | null;
    actions: string[];
    indexes: string[];
    expiresAt: string | null;
    createdAt: string;
    updatedAt: string;
  }[] = [];
  /** Every request received, in order, for assertions. */
  readonly log: LoggedRequest[] = [];
  #server: Server | undefined;
  #requestFailures = new Map<number, RequestFailure>();
  #taskFailures: { type: string; code: string; message: string; skip: number }[] = [];
  #dropDocuments = 0;
  #requestCount = 0;

  constructor(options: StandInOptions) {
    this.masterKey = options.masterKey;
  }

  /** Start listening on 127.0.0.1 on a free port; returns the base URL. */
  async start(): Promise<string> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const addr = this.#server?.address() as AddressInfo | null;
    if (!addr) throw new Error('The stand-in is not running');
    return `http://127.0.0.1:${addr.port}`;
  }

  async stop(): Promise<void> {
    if (!this.#server) return;
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server!.close(() => resolve()));
    this.#server = undefined;
  }

  /** Fail the request that arrives `n` requests from now (1 = the very next one). */
  failRequest(n: number, failure: RequestFailure): void {
    this.#requestFailures.set(this.#requestCount + n, failure);
  }

  /** Make the nth next task of this type (e.g. "documentAdditionOrUpdate"; 1 = the next one) fail with this error code. */
  failTask(type: string, nth = 1, code = 'internal', message = 'Injected task failure (stand-in).'): void {
    this.#taskFailures.push({ type, code, message, skip: nth - 1 });
  }

  /** Make the next document addition silently keep `n` fewer documents than it received. */
  loseDocuments(n: number): void {
    this.#dropDocuments = n;
  }

  /** Put an index straight into the stand-in, as if an earlier run had made it. */
  seedIndex(uid: string, primaryKey: string, documents: Doc[], settings: Record<string, unknown> = {}): void {
    const now = new Date().toISOString();
    this.indexes.set(uid, {
      uid,
      primaryKey,
      createdAt: now,
      updatedAt: now,
      settings,
      documents: new Map(documents.map((d) => [String(d[primaryKey]), d])),
    });
  }

  /** Apply every task still waiting, as a real server would eventually. */
  settle(): void {
    for (const t of this.tasks) this.#run(t);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const n = ++this.#requestCount;
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return send(res, 400, apiError('malformed_payload', 'The JSON payload is malformed (stand-in).'));
    }
    this.log.push({ method: req.method ?? 'GET', path: url.pathname, body });
    const injected = this.#requestFailures.get(n);
    if (injected) {
      this.#requestFailures.delete(n);
      if (injected.kind === 'network') {
        req.socket.destroy();
        return;
      }
      if (injected.kind === 'lost-answer') {
        try {
          this.#route(req.method ?? 'GET', url, body);
        } finally {
          req.socket.destroy();
        }
        return;
      }
      return send(res, injected.kind, apiError(injected.code ?? 'internal', injected.message ?? 'Injected failure (stand-in)'));
    }
    const auth = req.headers.authorization;
    if (auth === undefined) return send(res, 401, apiError('missing_authorization_header', 'The Authorization header is missing (stand-in).'));
    if (auth !== `Bearer ${this.masterKey}`) return send(res, 403, apiError('invalid_api_key', 'The provided API key is invalid (stand-in).'));
    try {
      const [status, out] = this.#route(req.method ?? 'GET', url, body);
      send(res, status, out);
    } catch (err) {
      if (err instanceof HttpError) send(res, err.status, apiError(err.code, err.message));
      else send(res, 500, apiError('internal', String(err)));
    }
  }

  #route(method: string, url: URL, body: unknown): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const q = url.searchParams;
    const [a, b, c] = parts;
    if (method === 'GET' && a === 'health') return [200, { status: 'available' }];
    if (a === 'tasks' && b !== undefined && method === 'GET') return [200, this.#poll(Number(b))];
    if (a === 'swap-indexes' && method === 'POST') {
      const swaps = body as { indexes: [string, string]; rename?: boolean }[];
      return this.#enqueue(null, 'indexSwap', { swaps }, () => {
        for (const s of swaps) {
          const [x, y] = s.indexes;
          const ix = this.indexes.get(x);
          const iy = this.indexes.get(y);
          if (!ix || !iy)
            throw new TaskFailure(
              'index_not_found',
              `Indexes ${[x, y]
                .filter((u) => !this.indexes.has(u))
                .map((u) => `\`${u}\``)
                .join(', ')} not found.`,
            );
          this.indexes.set(x, { ...iy, uid: x });
          this.indexes.set(y, { ...ix, uid: y });
        }
      });
    }
    if (a === 'keys') {
      if (method === 'GET') {
        const offset = Number(q.get('offset') ?? 0);
        const limit = Number(q.get('limit') ?? 20);
        return [200, { results: this.keys.slice(offset, offset + limit), offset, limit, total: this.keys.length }];
      }
      if (method === 'POST') {
        const k = body as { name?: string; description?: string; actions: string[]; indexes: string[]; expiresAt: string | null };
        const now = new Date().toISOString();
        const id = this.keys.length + 1;
        const key = {
          uid: `stand-in-key-uid-${id}`,
          key: `stand-in-search-key-${id}`,
          name: k.name ?? null,
          description: k.description ?? null,
          actions: k.actions,
          indexes: k.indexes,
          expiresAt: k.expiresAt,
          createdAt: now,
          updatedAt: now,
        };
        this.keys.push(key);
        return [201, key];
      }
    }
    if (a === 'indexes') {
      if (b === undefined && method === 'GET') {
        const all = [...this.indexes.values()].sort((x, y) => x.uid.localeCompare(y.uid));
        const offset = Number(q.get('offset') ?? 0);
        const limit = Number(q.get('limit') ?? 20);
        return [200, { results: all.slice(offset, offset + limit).map(info), offset, limit, total: all.length }];
      }
      if (b === undefined && method === 'POST') {
        const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
        return this.#enqueue(uid, 'indexCreation', { primaryKey: primaryKey ?? null }, () => {
          if (this.indexes.has(uid)) throw new TaskFailure('index_already_exists', `Index \`${uid}\` already exists.`);
          const now = new Date().toISOString();
          this.indexes.set(uid, { uid, primaryKey: primaryKey ?? null, createdAt: now, updatedAt: now, settings: {}, documents: new Map() });
        });
      }
      if (b === undefined) throw new HttpError(405, 'method_not_allowed', 'Not supported by the stand-in.');
      if (c === undefined && method === 'GET') return [200, info(this.#index(b))];
      if (c === undefined && method === 'DELETE') {
        return this.#enqueue(b, 'indexDeletion', {}, () => {
          if (!this.indexes.delete(b)) throw new TaskFailure('index_not_found', `Index \`${b}\` not found.`);
        });
      }
      if (c === 'stats' && method === 'GET') {
        const ix = this.#index(b);
        return [
          200,
          {
            numberOfDocuments: ix.documents.size,
            isIndexing: this.tasks.some((t) => t.indexUid === b && t.status !== 'succeeded' && t.status !== 'failed'),
            fieldDistribution: {},
          },
        ];
      }
      if (c === 'settings' && method === 'GET') return [200, this.#index(b).settings];
      if (c === 'settings' && method === 'PATCH') {
        const settings = body as Record<string, unknown>;
        return this.#enqueue(b, 'settingsUpdate', settings, () => {
          const ix = this.#ensureIndex(b, null);
          ix.settings = { ...ix.settings, ...settings };
        });
      }
      if (c === 'documents' && method === 'GET') {
        const ix = this.#index(b);
        const offset = Number(q.get('offset') ?? 0);
        const limit = Number(q.get('limit') ?? 20);
        const all = [...ix.documents.values()];
        return [200, { results: all.slice(offset, offset + limit), offset, limit, total: all.length }];
      }
      if (c === 'documents' && method === 'POST') {
        const docs = body as Doc[];
        const pk = q.get('primaryKey');
        return this.#enqueue(b, 'documentAdditionOrUpdate', { receivedDocuments: docs.length }, (task) => {
          const ix = this.#ensureIndex(b, pk);
          const key = ix.primaryKey ?? pk;
          if (key === null) throw new TaskFailure('index_primary_key_no_candidate_found', 'The primary key inference failed (stand-in needs one).');
          for (const d of docs) {
            if (d[key] === undefined) throw new TaskFailure('missing_document_id', `Document doesn't have a \`${key}\` attribute.`);
          }
          const kept = docs.slice(0, docs.length - this.#dropDocuments);
          this.#dropDocuments = 0;
          for (const d of kept) ix.documents.set(String(d[key]), d);
          task.details.indexedDocuments = docs.length;
        });
      }
    }
    throw new HttpError(404, 'not_found', `${method} ${url.pathname} is not part of what the stand-in speaks.`);
  }

  #index(uid: string): StandInIndex {
    const ix = this.indexes.get(uid);
    if (!ix) throw new HttpError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    return ix;
  }

  // Like Meilisearch, writing settings or documents to a missing index creates it.
  #ensureIndex(uid: string, primaryKey: string | null): StandInIndex {
    let ix = this.indexes.get(uid);
    if (!ix) {
      const now = new Date().toISOString();
      ix = { uid, primaryKey, createdAt: now, updatedAt: now, settings: {}, documents: new Map() };
      this.indexes.set(uid, ix);
    }
    return ix;
  }

  #enqueue(indexUid: string | null, type: string, details: Record<string, unknown>, work: (task: StandInTask) => void): [number, unknown] {
    const task: StandInTask = {
      uid: this.tasks.length,
      indexUid,
      type,
      status: 'enqueued',
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
      details,
      error: null,
      polls: 0,
      apply: () => work(task),
    };
    const injected = this.#taskFailures.findIndex((f) => f.type === type && f.skip-- === 0);
    if (injected >= 0) {
      const f = this.#taskFailures.splice(injected, 1)[0]!;
      task.apply = () => {
        throw new TaskFailure(f.code, f.message);
      };
    }
    this.tasks.push(task);
    return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt }];
  }

  #poll(uid: number): unknown {
    const task = this.tasks[uid];
    if (!task) throw new HttpError(404, 'task_not_found', `Task \`${uid}\` not found.`);
    task.polls += 1;
    if (task.polls === 1 && task.status === 'enqueued') {
      task.status = 'processing';
      task.startedAt = new Date().toISOString();
    } else {
      // Tasks run in the order they were enqueued, as on a real server.
      for (const t of this.tasks.slice(0, uid + 1)) this.#run(t);
    }
    const { polls: _p, apply: _a, ...view } = task;
    return { ...view, batchUid: task.uid, canceledBy: null, duration: task.finishedAt ? 'PT0.001S' : null };
  }

  #run(task: StandInTask): void {
    if (task.status === 'succeeded' || task.status === 'failed') return;
    task.startedAt ??= new Date().toISOString();
    try {
      task.apply();
      task.status = 'succeeded';
    } catch (err) {
      if (!(err instanceof TaskFailure)) throw err;
      task.status = 'failed';
      task.error = { message: err.message, code: err.code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${err.code}` };
    }
    task.finishedAt = new Date().toISOString();
  }
}

class HttpError extends Error {
  status: number;
  code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function info(ix: StandInIndex) {
  return { uid: ix.uid, primaryKey: ix.primaryKey, createdAt: ix.createdAt, updatedAt: ix.updatedAt };
}

function apiError(code: string, message: string) {
  return { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
