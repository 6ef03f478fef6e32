/**
 * A throwaway Meilisearch on this machine: found on the PATH (or at MEILI_BIN), started on 127.0.0.1 on a free
 * port with a temporary database and a random master key, and removed again by `stop()`.
 *
 * The test suite uses it so that every suite that talks to Meilisearch runs against the real server whenever one
 * is installed, and `npm run start:meilisearch` uses it to let a council try the production set-up locally.
 * Nothing here is used in production, where Meilisearch is run and secured by the council's host.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface LocalMeilisearch {
  url: string;
  masterKey: string;
  binary: string;
  process: ChildProcess;
  /** Stops the server (politely, then firmly) and deletes its database. Safe to call twice. */
  stop(): Promise<void>;
}

/** The meilisearch binary to run: MEILI_BIN if set, otherwise the first executable `meilisearch` on the PATH. */
export function findMeilisearchBinary(env: Record<string, string | undefined>): string | undefined {
  const candidates = env.MEILI_BIN
    ? [env.MEILI_BIN]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, 'meilisearch'));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** A port nobody is listening on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch stopped as it started (exit code ${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

export interface StartOptions {
  binary: string;
  /** How long to wait for the server to answer /health. */
  startTimeoutMs?: number;
}

/** Starts a fresh Meilisearch and resolves once it answers /health. */
export async function startLocalMeilisearch({ binary, startTimeoutMs = 30_000 }: StartOptions): Promise<LocalMeilisearch> {
  const dbDir = mkdtempSync(join(tmpdir(), 'fis-meilisearch-'));
  const masterKey = randomBytes(24).toString('hex');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      '--db-path',
      join(dbDir, 'data.ms'),
      '--dump-dir',
      join(dbDir, 'dumps'),
      '--snapshot-dir',
      join(dbDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--no-analytics',
      '--env',
      'development',
    ],
    // Its own working folder, so nothing it writes lands in the checkout.
    { cwd: dbDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Kept (bounded) for the error message if it fails to start; otherwise the server's log is not wanted.
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      const done = () => {
        rmSync(dbDir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const firm = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(firm);
        done();
      });
      // A stopped (SIGSTOP) server cannot act on SIGTERM until it is continued.
      child.kill('SIGCONT');
      child.kill('SIGTERM');
    });
    return stopped;
  };

  try {
    await waitForHealth(url, child, startTimeoutMs, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, masterKey, binary, process: child, stop };
}
