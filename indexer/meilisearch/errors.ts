import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';

/**
 * An indexing failure explained for the person running the indexer: what went wrong and what to do next.
 * The CLI prints `message` as it is, without a stack trace.
 */
export class IndexerError extends Error {
  override name = 'IndexerError';
}

/** True for failures where the request may never have reached the server: worth trying again. */
export function isNetworkError(err: unknown): boolean {
  // A 4xx or 5xx answer means the server is there and has decided; trying again would not change its mind.
  if (err instanceof MeilisearchApiError) return false;
  return err instanceof MeilisearchRequestError || err instanceof MeilisearchRequestTimeOutError;
}

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
  if (isNetworkError(err)) {
    return `Could not reach Meilisearch at ${host} while ${doing}. Check MEILI_URL and that the server is running.`;
  }
  return `Something unexpected went wrong while ${doing}: ${err instanceof Error ? err.message : String(err)}`;
}
