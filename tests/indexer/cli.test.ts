/**
 * `npm run index` end to end over a small content folder, against a stand-in, not Meilisearch
 * (tests/meilisearch-stand-in): the messages a person sees, the exit codes, and that an invalid directory is
 * never indexed. The council files, vocabularies and postcode data are the real ones, linked into a temp folder.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NO_KEY_MESSAGE, NO_URL_MESSAGE, runCli } from '../../indexer/cli.ts';
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
const fast = { client: { pollIntervalMs: 1, retry: { retries: 1, baseDelayMs: 1 } }, progress: { step: (m: string) => void steps.push(m), documents: () => {} } };
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
    expect(out.stderr).toBe(`Could not reach Meilisearch at ${url} while connecting. Check MEILI_URL and that the server is running.`);
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
    expect(live.settings).toEqual(meilisearchSettings(loadVocabularies(contentDir), loadReviewedSynonyms(contentDir), directoryWordForms([...live.documents.values()] as unknown as SearchDocument[])));
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
