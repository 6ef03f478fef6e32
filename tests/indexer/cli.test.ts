/**
 * `npm run index` end to end over a small content folder, against a stand-in, not Meilisearch
 * (tests/meilisearch-stand-in): the messages a person sees, the exit codes, and that an invalid directory is
 * never indexed. The council files, vocabularies and postcode data are the real ones, linked into a temp folder.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NO_KEY_MESSAGE, NO_URL_MESSAGE, parseTimeout, runCli } from '../../indexer/cli.ts';
import { loadReviewedSynonyms } from '../../site/lib/search/load-setup.ts';
import { meilisearchSettings } from '../../site/lib/search/meilisearch-settings.ts';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { directoryWordForms } from '../../site/lib/search/understand/pack.ts';
import type { SearchDocument } from '../../site/lib/search/search-document.ts';
import type { MeilisearchStandIn } from '../meilisearch-stand-in/server.ts';
import { MASTER_KEY, startStandIn } from './helpers.ts';

const repo = resolve(import.meta.dirname, '../..');
const sample = join(repo, 'content/listings/doncaster-family-hubs/stay-and-play-balby.yaml');
const steps: string[] = [];
const fast = {
  client: { pollIntervalMs: 1, retry: { retries: 1, baseDelayMs: 1 } },
  progress: { step: (m: string) => void steps.push(m), documents: () => {} },
};
let root: string;
let standIn: MeilisearchStandIn;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fis-indexer-cli-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'listings/doncaster-family-hubs'), { recursive: true });
  for (const f of ['council.yaml', 'vocabularies', 'data']) symlinkSync(join(repo, 'content', f), join(content, f));
  cpSync(sample, join(content, 'listings/doncaster-family-hubs/stay-and-play-balby.yaml'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(async () => {
  ({ standIn } = await startStandIn());
});
afterEach(async () => {
  await standIn.stop();
  rmSync(join(root, 'content/listings/broken'), { recursive: true, force: true });
});

const env = () => ({ MEILI_URL: standIn.url, MEILI_MASTER_KEY: MASTER_KEY });

describe('npm run index against the stand-in (not Meilisearch)', () => {
  it('explains that the embedded engine needs no indexing when MEILI_URL is not set', async () => {
    expect(await runCli([], {}, root)).toEqual({ code: 2, stdout: '', stderr: NO_URL_MESSAGE });
    expect(NO_URL_MESSAGE).toContain('The embedded engine needs no indexing; set MEILI_URL and MEILI_MASTER_KEY to index into Meilisearch');
  });

  it('asks for the admin key when only the URL is set', async () => {
    expect(await runCli([], { MEILI_URL: standIn.url }, root)).toMatchObject({ code: 2, stderr: NO_KEY_MESSAGE });
  });

  it('rejects a bad batch size before connecting', async () => {
    const out = await runCli(['--batch-size', 'lots'], env(), root);
    expect(out).toMatchObject({ code: 2 });
    expect(out.stderr).toContain('--batch-size must be a whole number');
    expect(standIn.log).toEqual([]);
  });

  it('says the key was refused, and changes nothing', async () => {
    const out = await runCli([], { MEILI_URL: standIn.url, MEILI_ADMIN_KEY: 'wrong' }, root, fast);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('refused the key');
    expect(out.stderr).toContain('MEILI_MASTER_KEY');
    expect(standIn.indexes.size).toBe(0);
  });

  it('says the server cannot be reached when nothing listens at MEILI_URL', async () => {
    const url = standIn.url;
    await standIn.stop();
    const out = await runCli([], { MEILI_URL: url, MEILI_MASTER_KEY: MASTER_KEY }, root, fast);
    expect(out).toMatchObject({ code: 1 });
    expect(out.stderr).toBe(
      `Could not reach Meilisearch at ${url} while connecting: the connection was refused, so nothing is listening at that address. Check MEILI_URL and that the server is running.`,
    );
  });

  it('says the server did not answer in N seconds when it takes the connection and never answers, without retrying', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const out = await runCli(['--timeout', '0.5'], { MEILI_URL: url, MEILI_MASTER_KEY: MASTER_KEY }, root, fast);
      expect(out.code).toBe(1);
      expect(out.stderr).toContain(`Meilisearch at ${url} did not answer in 0.5 seconds while connecting.`);
      expect(out.stderr).toContain('--timeout SECONDS or set MEILI_TIMEOUT_SECONDS');
      expect(out.stderr).not.toContain('Could not reach');
      expect(sockets).toHaveLength(1);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  it('takes the timeout from MEILI_TIMEOUT_SECONDS, and refuses one that is not a number of seconds', async () => {
    expect(parseTimeout(undefined, '2.5')).toBe(2500);
    expect(parseTimeout('4', '2.5')).toBe(4000);
    expect(parseTimeout(undefined, undefined)).toBe(30_000);
    const out = await runCli(['--timeout', 'soon'], env(), root, fast);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('--timeout is how many seconds to wait for Meilisearch to answer one request, from 0.1 to 3600; it was "soon".');
    expect((await runCli([], { ...env(), MEILI_TIMEOUT_SECONDS: '0' }, root, fast)).stderr).toContain('MEILI_TIMEOUT_SECONDS is how many seconds');
    expect(standIn.log).toEqual([]);
  });

  it('deletes temporary indexes left by earlier killed runs, and nothing else', async () => {
    standIn.seedIndex('services_20261101_020304', 'id', [{ id: 'old', serviceId: 'old' }]);
    standIn.seedIndex('services_archive', 'id', []);
    standIn.seedIndex('other_20261101_020304', 'id', []);
    const out = await runCli([], env(), root, fast);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('Deleted 1 temporary index left behind by earlier runs that did not finish: services_20261101_020304.');
    expect([...standIn.indexes.keys()].sort()).toEqual(['other_20261101_020304', 'services', 'services_archive']);
  });

  it('--check says the live index matches the content, then exits 1 and names what differs once it is stale', async () => {
    expect((await runCli([], env(), root, fast)).code).toBe(0);
    const inStep = await runCli(['--check'], env(), root, fast);
    expect(inStep.stdout).toMatch(/^The live index "services" matches the content: 1 service, 1 search document, the same settings\./);
    expect(inStep.code).toBe(0);
    const live = standIn.indexes.get('services')!;
    const [id, document] = [...live.documents.entries()][0]!;
    live.documents.set(id, { ...document, name: 'An old name' });
    live.documents.set('gone__service--0', { id: 'gone__service--0', serviceId: 'gone/service' });
    live.settings = { ...live.settings, rankingRules: ['typo', 'words'] };
    const writesBefore = standIn.log.filter((r) => r.method !== 'GET').length;
    const stale = await runCli(['--check'], env(), root, fast);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('The live index "services" is out of date with the content.');
    expect(stale.stdout).toContain('Services changed since the live index was built (1):\n  doncaster-family-hubs/stay-and-play-balby');
    expect(stale.stdout).toContain('Services in the live index but no longer in the content (1):\n  gone/service');
    expect(stale.stdout).toContain('Settings that differ: rankingRules.');
    expect(standIn.log.filter((r) => r.method !== 'GET').length).toBe(writesBefore);
  });

  it('--check fails when there is no live index yet, and writes nothing', async () => {
    const out = await runCli(['--check'], env(), root, fast);
    expect(out).toMatchObject({ code: 1, stderr: '' });
    expect(out.stdout).toMatch(/^There is no live index "services": run npm run index to make it\./);
    expect(standIn.log.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('indexes the directory with the directory settings, swaps it in, and prints a search-only key', async () => {
    const out = await runCli(['--create-search-key', '--batch-size', '1'], env(), root, fast);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Indexed 1 service as 1 search document .* into "services", in 1 batch\./);
    expect(out.stdout).toContain(`PUBLIC_MEILI_SEARCH_KEY=${standIn.keys[0]?.key}`);
    expect([...standIn.indexes.keys()]).toEqual(['services']);
    const live = standIn.indexes.get('services')!;
    expect([...live.documents.values()].map((d) => d.serviceId)).toEqual(['doncaster-family-hubs/stay-and-play-balby']);
    const contentDir = join(root, 'content');
    // The settings carry the directory's own word forms (query understanding), so they come from its documents.
    expect(live.settings).toEqual(
      meilisearchSettings(
        loadVocabularies(contentDir),
        loadReviewedSynonyms(contentDir),
        directoryWordForms([...live.documents.values()] as unknown as SearchDocument[]),
      ),
    );
    expect(standIn.keys[0]).toMatchObject({ actions: ['search'], indexes: ['services'] });
    expect(steps[0]).toBe('Checking the listings');
    expect(steps.some((s) => /^Swapping services_\d{8}_\d{6} in as services$/.test(s))).toBe(true);
  });

  it('--dry-run lists what would change and writes nothing', async () => {
    standIn.seedIndex('services', 'id', [{ id: 'gone__service', serviceId: 'gone/service' }]);
    const out = await runCli(['--dry-run', '--create-search-key'], env(), root, fast);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Dry run: nothing was written.');
    expect(out.stdout).toContain('New services (1):\n  doncaster-family-hubs/stay-and-play-balby');
    expect(out.stdout).toContain('Removed services (1):\n  gone/service');
    expect(out.stdout).toContain('Dry run: no search key was created.');
    expect(standIn.log.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses to index a directory with an invalid listing, naming the file and line', async () => {
    mkdirSync(join(root, 'content/listings/broken'), { recursive: true });
    writeFileSync(join(root, 'content/listings/broken/no-needs.yaml'), 'name: Broken\nneeds: []\n');
    const out = await runCli([], env(), root, fast);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Nothing was indexed, because some listings have errors.');
    expect(out.stderr).toContain('content/listings/broken/no-needs.yaml');
    expect(out.stderr).toMatch(/line 2/);
    expect(standIn.log).toEqual([]);
  });
});
