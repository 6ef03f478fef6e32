/**
 * npm run index [-- --dry-run | --check] [--index services] [--batch-size 500] [--timeout 30] [--create-search-key]
 *
 * Builds the Meilisearch index from content/ and swaps it in as the live index. Needs MEILI_URL and
 * MEILI_MASTER_KEY (or MEILI_ADMIN_KEY) in the environment. The site never sees that key: with
 * --create-search-key this prints a search-only key to give the site build as PUBLIC_MEILI_SEARCH_KEY.
 * --check compares the live index with the content and writes nothing: exit 0 when they match, 1 when not.
 * --timeout (or MEILI_TIMEOUT_SECONDS) is how long one request may wait for an answer before the run stops
 * with "did not answer in N seconds" (default 30).
 * Exit codes: 0 done, 1 failed (the live index is unchanged unless the message says otherwise), 2 usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeResult, indexDirectory } from './index-directory.ts';
import { ensureSearchKey } from './keys.ts';
import { AdminClient, DEFAULT_REQUEST_TIMEOUT_MS, type AdminClientOptions } from './meilisearch/admin-client.ts';
import { IndexerError } from './meilisearch/errors.ts';
import { stderrProgress } from './meilisearch/progress-bar.ts';
import type { PublishProgress } from './meilisearch/publish.ts';

export const NO_URL_MESSAGE =
  'MEILI_URL is not set. The embedded engine needs no indexing; set MEILI_URL and MEILI_MASTER_KEY to index into Meilisearch.';
export const NO_KEY_MESSAGE =
  'MEILI_MASTER_KEY is not set. Set MEILI_MASTER_KEY (or MEILI_ADMIN_KEY) to the master key or an admin key of the server at MEILI_URL. Never give this key to the site.';

export const USAGE = 'Usage: npm run index -- [--dry-run | --check] [--index services] [--batch-size 500] [--timeout 30] [--create-search-key]';

/** Seconds from --timeout or MEILI_TIMEOUT_SECONDS, as milliseconds; an error message when it is not usable. */
export function parseTimeout(flag: string | undefined, env: string | undefined): number | string {
  const [raw, from] = flag !== undefined ? [flag, '--timeout'] : env?.trim() ? [env.trim(), 'MEILI_TIMEOUT_SECONDS'] : [undefined, ''];
  if (raw === undefined) return DEFAULT_REQUEST_TIMEOUT_MS;
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !(seconds > 0) || seconds > 3600) {
    return `${from} is how many seconds to wait for Meilisearch to answer one request, from 0.1 to 3600; it was "${raw}".`;
  }
  return Math.round(seconds * 1000);
}

export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** The CLI as a function of its arguments and environment, so it can be tested without a shell. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  root: string,
  overrides: { client?: Partial<AdminClientOptions>; progress?: PublishProgress } = {},
): Promise<CliOutcome> {
  let args;
  try {
    args = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: {
        'dry-run': { type: 'boolean', default: false },
        index: { type: 'string', default: 'services' },
        'batch-size': { type: 'string', default: '500' },
        'create-search-key': { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    return { code: 2, stdout: '', stderr: `${err instanceof Error ? err.message : String(err)}\n${USAGE}` };
  }
  if (args.help)
    return {
      code: 0,
      stdout: `${USAGE}\nNeeds MEILI_URL and MEILI_MASTER_KEY (or MEILI_ADMIN_KEY). --check compares the live index with the content and exits 1 when they differ.`,
      stderr: '',
    };
  if (args.check && (args['dry-run'] || args['create-search-key'])) {
    return { code: 2, stdout: '', stderr: `--check only reads the live index: use it without --dry-run and --create-search-key.\n${USAGE}` };
  }
  const timeoutMs = parseTimeout(args.timeout, env.MEILI_TIMEOUT_SECONDS);
  if (typeof timeoutMs === 'string') return { code: 2, stdout: '', stderr: timeoutMs };
  const uid = args.index;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(uid))
    return { code: 2, stdout: '', stderr: `"${uid}" cannot be an index name: use letters, numbers, - and _ only.` };
  const batchSize = Number(args['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    return { code: 2, stdout: '', stderr: `--batch-size must be a whole number from 1 to 100000; it was "${args['batch-size']}".` };
  }
  const host = env.MEILI_URL?.trim();
  if (!host) return { code: 2, stdout: '', stderr: NO_URL_MESSAGE };
  const apiKey = (env.MEILI_MASTER_KEY ?? env.MEILI_ADMIN_KEY)?.trim();
  if (!apiKey) return { code: 2, stdout: '', stderr: NO_KEY_MESSAGE };

  const client = new AdminClient({ host, apiKey, requestTimeoutMs: timeoutMs, ...overrides.client });
  const started = performance.now();
  try {
    const result = await indexDirectory({
      client,
      contentDir: resolve(root, 'content'),
      root,
      uid,
      batchSize,
      dryRun: args['dry-run'],
      check: args.check,
      progress: overrides.progress ?? stderrProgress(),
    });
    const lines = [describeResult(result, uid, performance.now() - started)];
    if (args['create-search-key'] && !args['dry-run']) {
      const key = await ensureSearchKey(client, uid);
      lines.push(
        `${key.created ? 'Created' : 'Found'} a search-only key for "${uid}". Give it to the site build (it is safe to publish: it can only search this index):`,
        `PUBLIC_MEILI_SEARCH_KEY=${key.key}`,
      );
      if (key.tooPowerful.length > 0)
        lines.push(`Warning: the keys ${key.tooPowerful.join(', ')} are named as the site's key but can do more than search "${uid}". Delete them.`);
    } else if (args['create-search-key']) {
      lines.push('Dry run: no search key was created.');
    }
    if (result.kind === 'check' && !result.inStep) return { code: 1, stdout: lines.join('\n'), stderr: '' };
    return { code: 0, stdout: lines.join('\n'), stderr: '' };
  } catch (err) {
    const message = err instanceof IndexerError ? err.message : `Indexing failed: ${err instanceof Error ? err.message : String(err)}`;
    return { code: 1, stdout: '', stderr: message };
  }
}

if (import.meta.main) {
  const outcome = await runCli(process.argv.slice(2), process.env, resolve(import.meta.dirname, '..'));
  if (outcome.stdout) console.log(outcome.stdout);
  if (outcome.stderr) console.error(outcome.stderr);
  process.exitCode = outcome.code;
}
