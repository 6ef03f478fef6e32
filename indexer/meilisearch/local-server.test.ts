import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMeilisearchBinary, freePort, startLocalMeilisearch } from './local-server.ts';

describe('findMeilisearchBinary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fis-bin-'));
  const bin = join(dir, 'meilisearch');
  writeFileSync(bin, '#!/bin/sh\nexit 0\n');
  chmodSync(bin, 0o755);
  const notExecutable = join(mkdtempSync(join(tmpdir(), 'fis-bin-')), 'meilisearch');
  writeFileSync(notExecutable, '');

  it('finds an executable meilisearch on the PATH', () => {
    expect(findMeilisearchBinary({ PATH: `/nonexistent:${dir}` })).toBe(bin);
  });
  it('prefers MEILI_BIN', () => {
    expect(findMeilisearchBinary({ MEILI_BIN: bin, PATH: '/nonexistent' })).toBe(bin);
  });
  it('finds nothing when there is no executable', () => {
    expect(findMeilisearchBinary({ PATH: '/nonexistent' })).toBeUndefined();
    expect(findMeilisearchBinary({ MEILI_BIN: notExecutable })).toBeUndefined();
  });
});

describe('startLocalMeilisearch', () => {
  it('gives a free port', async () => {
    expect(await freePort()).toBeGreaterThan(0);
  });

  it('explains a binary that exits at once, with its output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fis-bin-'));
    const bin = join(dir, 'meilisearch');
    writeFileSync(bin, '#!/bin/sh\necho "cannot open database" >&2\nexit 3\n');
    chmodSync(bin, 0o755);
    await expect(startLocalMeilisearch({ binary: bin, startTimeoutMs: 5000 })).rejects.toThrow(
      /stopped as it started \(exit code 3\):\ncannot open database/,
    );
  });

  const real = findMeilisearchBinary(process.env);
  it.skipIf(!real)(
    'starts a real server that answers with its master key only, and stops it',
    async () => {
      const server = await startLocalMeilisearch({ binary: real ?? '' });
      try {
        expect((await fetch(`${server.url}/health`)).ok).toBe(true);
        expect((await fetch(`${server.url}/indexes`)).status).toBe(401);
        const res = await fetch(`${server.url}/indexes`, { headers: { Authorization: `Bearer ${server.masterKey}` } });
        expect(res.status).toBe(200);
      } finally {
        await server.stop();
      }
      await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    },
    60_000,
  );
});
