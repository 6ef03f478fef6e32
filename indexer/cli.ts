/**
 * npm run index [-- --dry-run] [--index services] [--batch-size 500] [--create-search-key]
 *
 * Builds the Meilisearch index from content/ and swaps it in as the live index. Needs MEILI_URL and
 * MEILI_MASTER_KEY (or MEILI_ADMIN_KEY) in the environment. The site never sees that key: with
 * --create-search-key this prints a search-only key to give the site build as PUBLIC_MEILI_SEARCH_KEY.
 * Exit codes: 0 done, 1 failed (the live index is unchanged unless the message says otherwise), 2 usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeResult, indexDirectory } from './index-directory.ts';
import { ensureSearchKey } from './keys.ts';
import { AdminClient, type AdminClientOptions } from './meilisearch/admin-client.ts';
import { IndexerError } from './meilisearch/errors.ts';
import { stderrProgress } from './meilisearch/progress-bar.ts';
import type { PublishProgress } from './meilisearch/publish.ts';

export const NO_URL_MESSAGE =
  'MEILI_URL is not set. The embedded engine needs no indexing; set MEILI_URL and MEILI_MASTER_KEY to index into Meilisearch.';
export const NO_KEY_MESSAGE =
  'MEILI_MASTER_KEY is not set. Set MEILI_MASTER_KEY (or MEILI_ADMIN_KEY) to the master key or an admin key of the server at MEILI_URL. Never give this key to the site.';

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
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    return { code: 2, stdout: '', stderr: `${err instanceof Error ? err.message : String(err)}\nUsage: npm run index -- [--dry-run] [--index services] [--batch-size 500] [--create-search-key]` };
  }
  if (args.help) return { code: 0, stdout: 'Usage: npm run index -- [--dry-run] [--index services] [--batch-size 500] [--create-search-key]\nNeeds MEILI_URL and MEILI_MASTER_KEY (or MEILI_ADMIN_KEY).', stderr: '' };
  const uid = args.index;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(uid)) return { code: 2, stdout: '', stderr: `"${uid}" cannot be an index name: use letters, numbers, - and _ only.` };
  const batchSize = Number(args['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    return { code: 2, stdout: '', stderr: `--batch-size must be a whole number from 1 to 100000; it was "${args['batch-size']}".` };
  }
  const host = env.MEILI_URL?.trim();
  if (!host) return { code: 2, stdout: '', stderr: NO_URL_MESSAGE };
  const apiKey = (env.MEILI_MASTER_KEY ?? env.MEILI_ADMIN_KEY)?.trim();
  if (!apiKey) return { code: 2, stdout: '', stderr: NO_KEY_MESSAGE };

  const client = new AdminClient({ host, apiKey, ...overrides.client });
  const started = performance.now();
  try {
    const result = await indexDirectory({
      client,
      contentDir: resolve(root, 'content'),
      root,
      uid,
      batchSize,
      dryRun: args['dry-run'],
      progress: overrides.progress ?? stderrProgress(),
    });
    const lines = [describeResult(result, uid, performance.now() - started)];
    if (args['create-search-key'] && !args['dry-run']) {
      const key = await ensureSearchKey(client, uid);
      lines.push(
        `${key.created ? 'Created' : 'Found'} a search-only key for "${uid}". Give it to the site build (it is safe to publish: it can only search this index):`,
        `PUBLIC_MEILI_SEARCH_KEY=${key.key}`,
      );
      if (key.tooPowerful.length > 0) lines.push(`Warning: the keys ${key.tooPowerful.join(', ')} are named as the site's key but can do more than search "${uid}". Delete them.`);
    } else if (args['create-search-key']) {
      lines.push('Dry run: no search key was created.');
    }
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
