import { isNetworkError } from './errors.ts';

export interface RetryOptions {
  /** How many times to try again after the first attempt. */
  retries: number;
  /** Wait before the first retry; each later wait doubles it. */
  baseDelayMs: number;
  /** Replaceable so tests do not really wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry, for a log line. */
  onRetry?: (attempt: number, delayMs: number, err: unknown) => void;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 4, baseDelayMs: 250 };

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Run `fn`, trying again with exponential back-off (250 ms, 500 ms, 1 s, 2 s by default) when the network
 * fails. Answers from the server, including 4xx and 5xx errors, are never retried: they are decisions.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt > options.retries || !isNetworkError(err)) throw err;
      const delay = options.baseDelayMs * 2 ** (attempt - 1);
      options.onRetry?.(attempt, delay, err);
      await sleep(delay);
    }
  }
}
