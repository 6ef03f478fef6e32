/**
 * npm run start:meilisearch [-- --port 4321]: try the production set-up on one machine with one command.
 *
 * 1. Meilisearch: the server at MEILI_URL (with MEILI_MASTER_KEY) if set; otherwise a throwaway one started
 *    from the `meilisearch` on the PATH (or MEILI_BIN), with a temporary database and a random master key.
 * 2. npm run index -- --create-search-key: the listings are indexed and a search-only key is made.
 * 3. npm run build with PUBLIC_MEILI_URL and that search-only key, as the deploy workflow builds.
 * 4. The built site is served on 127.0.0.1 until Ctrl-C. Then everything this command started is stopped
 *    (a server given by MEILI_URL is left running, and its index is left as indexed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { findMeilisearchBinary, type LocalMeilisearch, startLocalMeilisearch } from '../indexer/meilisearch/local-server.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');

/** The search-only key `npm run index -- --create-search-key` printed, or undefined. */
export function searchKeyFrom(stdout: string): string | undefined {
  return /^PUBLIC_MEILI_SEARCH_KEY=(\S+)$/m.exec(stdout)?.[1];
}

export const NO_MEILISEARCH =
  'There is no Meilisearch to use: set MEILI_URL and MEILI_MASTER_KEY to use a running server, or install Meilisearch so that `meilisearch` is on the PATH (or set MEILI_BIN to it), and run this again. docs/deploying.md says how.';

/** Run an npm script to its end; its output goes to this terminal, and stdout is also kept. */
function npm(args: string[], env: NodeJS.ProcessEnv, children: Set<ChildProcess>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    children.add(child);
    let stdout = '';
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      process.stdout.write(c);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      children.delete(child);
      done({ code, stdout });
    });
  });
}

export const USAGE = `Try the production set-up: Meilisearch, indexed, the site built with a search-only key and served.

  npm run start:meilisearch                   a throwaway Meilisearch from the PATH (or MEILI_BIN)
  MEILI_URL=… MEILI_MASTER_KEY=… npm run start:meilisearch   a server you already run (left running)
  --port <n>                                  where to serve the site (default 4321)

Ctrl-C stops the site and the Meilisearch this started, and deletes its temporary database.`;

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const args = parseCli(argv, { port: { type: 'string', default: '4321' } }, USAGE, io);
  if (typeof args === 'number') return args;
  const port = Number(args.values.port);
  if (args.positionals.length > 0 || !Number.isInteger(port) || port < 1 || port > 65535) {
    io.err(`--port must be a port number; it was "${args.values.port}".\n\n${USAGE}`);
    return 2;
  }
  const children = new Set<ChildProcess>();
  let local: LocalMeilisearch | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () => {
    stopping ??= (async () => {
      for (const child of children) child.kill('SIGTERM');
      if (local) {
        io.err('Stopping the Meilisearch this command started, and deleting its database…');
        await local.stop();
      }
    })();
    return stopping;
  };
  const interrupted = new Promise<number>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stopAll().then(() => done(130)));
  });

  const work = (async (): Promise<number> => {
    let url = env.MEILI_URL?.trim();
    let masterKey = (env.MEILI_MASTER_KEY ?? env.MEILI_ADMIN_KEY)?.trim();
    if (url) {
      if (!masterKey) {
        io.err('MEILI_URL is set but MEILI_MASTER_KEY is not: the master key is needed to index and to make the search-only key.');
        return 2;
      }
      io.err(`Using the Meilisearch at ${url} (MEILI_URL). It is left running when this stops.`);
    } else {
      const binary = findMeilisearchBinary(env);
      if (!binary) {
        io.err(NO_MEILISEARCH);
        return 2;
      }
      io.err(`Starting a throwaway Meilisearch from ${binary}…`);
      local = await startLocalMeilisearch({ binary });
      ({ url, masterKey } = local);
      io.err(`Meilisearch is running at ${url} with a temporary database.`);
    }

    const indexEnv = { ...env, MEILI_URL: url, MEILI_MASTER_KEY: masterKey };
    const indexed = await npm(['run', '--silent', 'index', '--', '--create-search-key'], indexEnv, children);
    const searchKey = searchKeyFrom(indexed.stdout);
    if (indexed.code !== 0 || !searchKey) {
      io.err('Indexing failed (see above), so the site was not built.');
      return 1;
    }
    // The build gets only the public, search-only key; the master key stays with the indexer.
    const buildEnv: NodeJS.ProcessEnv = { ...env, PUBLIC_MEILI_URL: url, PUBLIC_MEILI_SEARCH_KEY: searchKey };
    delete buildEnv.MEILI_MASTER_KEY;
    delete buildEnv.MEILI_ADMIN_KEY;
    const built = await npm(['run', '--silent', 'build'], buildEnv, children);
    if (built.code !== 0) {
      io.err('The site did not build (see above).');
      return 1;
    }
    io.err(`\nThe site searches Meilisearch at ${url}. Open http://127.0.0.1:${port}/search/ — press Ctrl-C to stop.\n`);
    const served = await npm(['exec', '--', 'astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], buildEnv, children);
    return served.code === 0 || served.code === null ? 0 : 1;
  })();

  try {
    return await Promise.race([work, interrupted]);
  } catch (err) {
    io.err(err instanceof Error ? err.message : String(err));
    return 1;
  } finally {
    await stopAll();
  }
}

await runMain(import.meta, main);
