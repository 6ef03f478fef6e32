import type { FeedDocument } from './import-feed.ts';
import { get, isRec, num, str } from './read.ts';
import { recordsOf } from './feed.ts';

/**
 * Reads an ORUK API as councils publish it: `/services?page=N` for the list (3.0 `total_pages`/`contents`,
 * 1.0 `totalPages`/`content`), then `/services/{id}` for each service's full record. Politely: a few requests
 * at a time, a timeout on each, retries with growing waits on network errors, 429 and 5xx, and one plain
 * message per page or service that still fails, so the rest of the feed is imported and the gap is named.
 */
export interface FetchOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
  /** Tries after the first, for errors worth trying again. */
  retries?: number;
  /** The first wait before trying again; it doubles each time. */
  backoffMs?: number;
  /** Stop after this many list pages, whatever the feed says (a feed that never ends must not run forever). */
  maxPages?: number;
  /** Read each service's own record (`/services/{id}`): list items are often partial. */
  details?: boolean;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  /** Progress, one line at a time. */
  onProgress?: (line: string) => void;
}

export interface FetchResult {
  documents: FeedDocument[];
  /** One plain-English line per page or service that could not be read. */
  errors: string[];
  pages: number;
  requests: number;
}

class HttpProblem extends Error {
  readonly retry: boolean;
  readonly waitMs: number | undefined;
  constructor(message: string, retry: boolean, waitMs?: number) {
    super(message);
    this.retry = retry;
    this.waitMs = waitMs;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The services list address for what a person typed: the API root, `/services`, with or without a slash. */
export function servicesUrl(base: string): URL {
  const u = new URL(base);
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`${base} is not a web address: give the feed's address starting with https://`);
  const path = u.pathname.replace(/\/+$/, '');
  u.pathname = /\/services$/.test(path) ? path : `${path}/services`;
  u.search = '';
  return u;
}

export async function fetchFeed(base: string, options: FetchOptions = {}): Promise<FetchResult> {
  const o = {
    concurrency: 4,
    timeoutMs: 20_000,
    retries: 3,
    backoffMs: 500,
    maxPages: 500,
    details: true,
    maxBytes: 20_000_000,
    fetchImpl: fetch,
    ...options,
  };
  const list = servicesUrl(base);
  const documents: FeedDocument[] = [];
  const errors: string[] = [];
  let requests = 0;

  async function getJson(url: URL): Promise<unknown> {
    let lastError = '';
    for (let attempt = 0; attempt <= o.retries; attempt += 1) {
      requests += 1;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), o.timeoutMs);
      try {
        const res = await o.fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' }, redirect: 'follow' });
        if (res.status === 429 || res.status >= 500) {
          const after = num(res.headers.get('retry-after') ?? undefined);
          throw new HttpProblem(
            `the server answered ${res.status} ${res.statusText}`.trim(),
            true,
            after !== undefined ? Math.min(after * 1000, 30_000) : undefined,
          );
        }
        if (!res.ok) throw new HttpProblem(`the server answered ${res.status} ${res.statusText}`.trim(), false);
        // Refuse an answer said to be huge before reading it; check the length read as well (it may not say).
        if (Number(res.headers.get('content-length') ?? 0) > o.maxBytes)
          throw new HttpProblem(`the answer is larger than ${Math.round(o.maxBytes / 1_000_000)} MB`, false);
        const text = await res.text();
        if (text.length > o.maxBytes) throw new HttpProblem(`the answer is larger than ${Math.round(o.maxBytes / 1_000_000)} MB`, false);
        try {
          return JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          // A half-sent answer can be malformed once; try again before giving up.
          throw new HttpProblem('the answer is not valid JSON', true);
        }
      } catch (e) {
        const problem =
          e instanceof HttpProblem
            ? e
            : controller.signal.aborted
              ? new HttpProblem(`no answer within ${o.timeoutMs / 1000} s`, true)
              : new HttpProblem(`the request failed (${networkReason(e)})`, true);
        lastError = problem.message;
        if (!problem.retry || attempt === o.retries) break;
        await sleep(problem.waitMs ?? o.backoffMs * 2 ** attempt);
      } finally {
        clearTimeout(timer);
      }
    }
    throw new Error(`${lastError}${o.retries > 0 ? ` (tried ${o.retries + 1} times)` : ''}`);
  }

  const pageUrl = (n: number) => {
    const u = new URL(list);
    u.searchParams.set('page', String(n));
    return u;
  };

  // Page 1 says how many pages there are; a feed that does not say is read until a page is empty or last.
  let total: number | undefined;
  let pages = 0;
  const readPage = async (n: number): Promise<unknown[] | undefined> => {
    const url = pageUrl(n);
    try {
      const json = await getJson(url);
      pages += 1;
      documents.push({ file: url.toString(), json });
      o.onProgress?.(`Read page ${n}${total ? ` of ${total}` : ''}.`);
      if (n === 1 || total === undefined) {
        total = num(get(json, 'total_pages')) ?? num(get(json, 'totalPages')) ?? total;
      }
      return recordsOf(json).filter(isRec);
    } catch (e) {
      errors.push(
        `Page ${n} of the services list (${url}) could not be read: ${(e as Error).message}. The services on it were not imported; run the import again later.`,
      );
      return undefined;
    }
  };
  const first = await readPage(1);
  if (first === undefined && documents.length === 0) return { documents, errors, pages, requests };
  // Spring-style 1.0 APIs count pages from 0: asked for page 1, they answer "number": 1, "first": false.
  const firstJson = documents[0]?.json;
  const zeroBased = get(firstJson, 'first') === false && num(get(firstJson, 'number')) === 1;
  if (zeroBased) await readPage(0);
  if (total !== undefined) {
    const lastPage = zeroBased ? total - 1 : total;
    await mapLimit(range(2, Math.min(lastPage, o.maxPages)), o.concurrency, readPage);
    if (total > o.maxPages) errors.push(`The feed says it has ${total} pages; only the first ${o.maxPages} were read.`);
  } else {
    for (let n = 2; n <= o.maxPages; n += 1) {
      const items = await readPage(n);
      if (!items || items.length === 0) break;
      const last = documents[documents.length - 1]?.json;
      if (get(last, 'last_page') === true || get(last, 'last') === true) break;
    }
  }

  if (o.details) {
    const ids = [
      ...new Set(
        documents
          .flatMap((d) => recordsOf(d.json))
          .map((r) => str(get(r, 'id')))
          .filter((id): id is string => !!id && id.trim() !== ''),
      ),
    ];
    await mapLimit(ids, o.concurrency, async (id) => {
      const url = new URL(`${list.toString().replace(/\/$/, '')}/${encodeURIComponent(id)}`);
      try {
        documents.push({ file: url.toString(), json: await getJson(url) });
      } catch (e) {
        errors.push(
          `The full record of service ${JSON.stringify(id)} (${url}) could not be read: ${(e as Error).message}. It was imported from the list page only.`,
        );
      }
    });
    o.onProgress?.(`Read ${ids.length} service record${ids.length === 1 ? '' : 's'}.`);
  }
  // Answers arrive in any order: sort them so the same feed always imports the same way.
  documents.sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
  return { documents, errors, pages, requests };
}

/** "fetch failed" says nothing: the cause's code (ENOTFOUND, ECONNREFUSED…) says what to check. */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const known: Record<string, string> = {
    ENOTFOUND: 'the address was not found: check it',
    ECONNREFUSED: 'the server refused the connection',
    ECONNRESET: 'the connection was cut',
    CERT_HAS_EXPIRED: "the site's certificate has expired",
  };
  return (code && known[code]) ?? code ?? (typeof cause?.message === 'string' ? cause.message : (e as Error).message);
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Run `fn` over the items, at most `limit` at a time. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
