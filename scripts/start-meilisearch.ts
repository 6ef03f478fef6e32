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
import { parseArgs } from 'node:util';
import { findMeilisearchBinary, startLocalMeilisearch, type LocalMeilisearch } from '../indexer/meilisearch/local-server.ts';

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

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { port: { type: 'string', default: '4321' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port must be a port number; it was "${values.port}".`);
    return 2;
  }
  const children = new Set<ChildProcess>();
  let local: LocalMeilisearch | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () => {
    stopping ??= (async () => {
      for (const child of children) child.kill('SIGTERM');
      if (local) {
        console.error('Stopping the Meilisearch this command started, and deleting its database…');
        await local.stop();
      }
    })();
    return stopping;
  };
  const interrupted = new Promise<number>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stopAll().then(() => done(130)));
  });

  const work = (async (): Promise<number> => {
    let url = process.env.MEILI_URL?.trim();
    let masterKey = (process.env.MEILI_MASTER_KEY ?? process.env.MEILI_ADMIN_KEY)?.trim();
    if (url) {
      if (!masterKey) {
        console.error('MEILI_URL is set but MEILI_MASTER_KEY is not: the master key is needed to index and to make the search-only key.');
        return 2;
      }
      console.error(`Using the Meilisearch at ${url} (MEILI_URL). It is left running when this stops.`);
    } else {
      const binary = findMeilisearchBinary(process.env);
      if (!binary) {
        console.error(NO_MEILISEARCH);
        return 2;
      }
      console.error(`Starting a throwaway Meilisearch from ${binary}…`);
      local = await startLocalMeilisearch({ binary });
      ({ url, masterKey } = local);
      console.error(`Meilisearch is running at ${url} with a temporary database.`);
    }

    const indexEnv = { ...process.env, MEILI_URL: url, MEILI_MASTER_KEY: masterKey };
    const indexed = await npm(['run', '--silent', 'index', '--', '--create-search-key'], indexEnv, children);
    const searchKey = searchKeyFrom(indexed.stdout);
    if (indexed.code !== 0 || !searchKey) {
      console.error('Indexing failed (see above), so the site was not built.');
      return 1;
    }
    // The build gets only the public, search-only key; the master key stays with the indexer.
    const buildEnv: NodeJS.ProcessEnv = { ...process.env, PUBLIC_MEILI_URL: url, PUBLIC_MEILI_SEARCH_KEY: searchKey };
    delete buildEnv.MEILI_MASTER_KEY;
    delete buildEnv.MEILI_ADMIN_KEY;
    const built = await npm(['run', '--silent', 'build'], buildEnv, children);
    if (built.code !== 0) {
      console.error('The site did not build (see above).');
      return 1;
    }
    console.error(`\nThe site searches Meilisearch at ${url}. Open http://127.0.0.1:${port}/search/ — press Ctrl-C to stop.\n`);
    const served = await npm(['exec', '--', 'astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], buildEnv, children);
    return served.code === 0 || served.code === null ? 0 : 1;
  })();

  try {
    return await Promise.race([work, interrupted]);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  } finally {
    await stopAll();
  }
}

if (import.meta.main) process.exit(await main());
