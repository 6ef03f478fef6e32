import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';

/**
 * An indexing failure explained for the person running the indexer: what went wrong and what to do next.
 * The CLI prints `message` as it is, without a stack trace.
 */
export class IndexerError extends Error {
  override name = 'IndexerError';
}

/** The setting that controls how long one request may take, named in the "did not answer" message. */
export const TIMEOUT_HINT = 'To wait longer, use --timeout SECONDS or set MEILI_TIMEOUT_SECONDS.';

/**
 * How long the request waited, in milliseconds, when it failed because the server did not answer in time
 * (meilisearch-js wraps its timeout error in a request error); undefined for every other failure.
 */
export function requestTimeoutOf(err: unknown): number | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (e instanceof MeilisearchRequestTimeOutError) return e.cause.timeout;
  }
  return undefined;
}

/** The system error code under a failed request (ECONNREFUSED, ECONNRESET, ENOTFOUND…), if there is one. */
export function networkCodeOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

/**
 * True for failures where the request may never have reached the server: worth trying again. A request that
 * timed out is not retried: the server took the connection and said nothing, and asking again would only
 * multiply the wait (five tries of 30 s made a stopped server look like a two-and-a-half-minute hang).
 */
export function isNetworkError(err: unknown): boolean {
  // A 4xx or 5xx answer means the server is there and has decided; trying again would not change its mind.
  if (err instanceof MeilisearchApiError) return false;
  if (requestTimeoutOf(err) !== undefined) return false;
  return err instanceof MeilisearchRequestError;
}

const seconds = (ms: number) => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
};

/** Turn anything meilisearch-js throws into one plain sentence, saying which step (`doing`) failed. */
export function plainMessage(err: unknown, doing: string, host: string): string {
  if (err instanceof IndexerError) return err.message;
  if (err instanceof MeilisearchApiError) {
    const code = err.cause?.code ?? '';
    const status = err.response.status;
    if (status === 401 || status === 403 || code === 'invalid_api_key' || code === 'missing_authorization_header') {
      return `Meilisearch at ${host} refused the key while ${doing}. Check MEILI_MASTER_KEY (or MEILI_ADMIN_KEY): it must be the master key or an admin key for this server.`;
    }
    return `Meilisearch could not finish ${doing}: ${err.cause?.message ?? err.message}${code ? ` (${code})` : ''}.`;
  }
  if (err instanceof MeilisearchTaskTimeOutError) {
    return `Meilisearch did not finish ${doing} in time (task ${err.cause.taskUid}). The server may be busy: check its tasks (GET /tasks on MEILI_URL), then run npm run index again when they have finished.`;
  }
  const timeout = requestTimeoutOf(err);
  if (timeout !== undefined) {
    return `Meilisearch at ${host} did not answer in ${seconds(timeout)} while ${doing}. It accepted the connection but sent nothing back, so it may be stopped, stuck or overloaded: check the server (its /health page should answer at once), then run this again. ${TIMEOUT_HINT}`;
  }
  if (err instanceof MeilisearchRequestError) {
    const code = networkCodeOf(err);
    if (code === 'ECONNREFUSED') {
      return `Could not reach Meilisearch at ${host} while ${doing}: the connection was refused, so nothing is listening at that address. Check MEILI_URL and that the server is running.`;
    }
    return `Could not reach Meilisearch at ${host} while ${doing}. Check MEILI_URL and that the server is running.`;
  }
  return `Something unexpected went wrong while ${doing}: ${err instanceof Error ? err.message : String(err)}`;
}
