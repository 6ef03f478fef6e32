import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { fetchFeed, servicesUrl } from '../../content/oruk/fetch-feed.ts';
import { importFeed } from '../../content/oruk/import-feed.ts';
import { startStandIn, type StandIn } from './feed-stand-in.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = loadDirectory({ contentDir: join(ROOT, 'content'), root: ROOT, paths: [join(ROOT, 'content/listings/doncaster-family-hubs')] });
const ctx = { council: dir.council, vocab: dir.vocab, postcodes: dir.postcodes, today: '2026-11-26' };
const quick = { backoffMs: 5, timeoutMs: 2000 };

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe('reading a council ORUK API over HTTP (a stand-in on 127.0.0.1)', () => {
  it.each(['v1', 'v3'])('reads every page of a %s feed and each service’s full record, then imports each service once', async (version) => {
    standIn = await startStandIn({ services: 25, pageSize: 10 });
    const result = await fetchFeed(`${standIn.url}/${version}/`, quick);
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(3);
    expect(standIn.requests.filter((r) => r.includes('?page=')).sort()).toEqual([
      `/${version}/services?page=1`,
      `/${version}/services?page=2`,
      `/${version}/services?page=3`,
    ]);
    expect(standIn.requests.filter((r) => /\/services\/[^?]+$/.test(r))).toHaveLength(25);
    const feed = importFeed(result.documents, ctx);
    expect(feed.listings).toHaveLength(25);
    // The full record, not the partial list item, is what was imported: venues and contacts come from it.
    expect(feed.listings.filter((l) => (l.listing.locations ?? []).length > 0).length).toBeGreaterThan(5);
    expect(feed.listings.every((l) => (l.listing.contacts ?? []).length > 0)).toBe(true);
  });

  it('reads a v1 API that counts its pages from 0', async () => {
    standIn = await startStandIn({ services: 25, pageSize: 10, zeroBased: true });
    const result = await fetchFeed(`${standIn.url}/v1`, { ...quick, details: false });
    expect(result.errors).toEqual([]);
    expect(standIn.requests.filter((r) => r.includes('?page=')).sort()).toEqual([
      '/v1/services?page=0',
      '/v1/services?page=1',
      '/v1/services?page=2',
    ]);
    expect(importFeed(result.documents, ctx).listings).toHaveLength(25);
  });

  it('keeps to its concurrency limit', async () => {
    standIn = await startStandIn({ services: 30, pageSize: 5 });
    await fetchFeed(`${standIn.url}/v3/services`, { ...quick, concurrency: 2 });
    expect(standIn.peak).toBeLessThanOrEqual(2);
  });

  it('tries a busy page again after a wait, and succeeds', async () => {
    standIn = await startStandIn({ services: 25, pageSize: 10, faults: { '/v1/services?page=2': 2 } });
    const result = await fetchFeed(`${standIn.url}/v1`, quick);
    expect(result.errors).toEqual([]);
    expect(standIn.requests.filter((r) => r === '/v1/services?page=2')).toHaveLength(3);
    expect(importFeed(result.documents, ctx).listings).toHaveLength(25);
  });

  it('names a page that keeps failing, and imports the rest', async () => {
    standIn = await startStandIn({ services: 25, pageSize: 10, faults: { '/v1/services?page=2': 'always-500' } });
    const result = await fetchFeed(`${standIn.url}/v1`, { ...quick, retries: 2 });
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Page 2 of the services list \(http:\/\/127\.0\.0\.1:\d+\/v1\/services\?page=2\) could not be read: the server answered 500.*\(tried 3 times\)\. The services on it were not imported/,
      ),
    ]);
    expect(importFeed(result.documents, ctx).listings).toHaveLength(15);
  });

  it('says when a page is not valid JSON, or does not answer in time', async () => {
    standIn = await startStandIn({
      services: 25,
      pageSize: 10,
      faults: { '/v3/services?page=3': 'malformed', '/v3/services?page=2': 'slow' },
      slowMs: 600,
    });
    const result = await fetchFeed(`${standIn.url}/v3`, { ...quick, retries: 1, timeoutMs: 300, details: false });
    expect(result.errors).toHaveLength(2);
    expect(result.errors).toContainEqual(expect.stringContaining('Page 3 of the services list'));
    expect(result.errors.join('\n')).toContain('the answer is not valid JSON');
    expect(result.errors.join('\n')).toContain('no answer within 0.3 s');
  });

  it('imports a service from its list item when its own record cannot be read, and says so', async () => {
    standIn = await startStandIn({ services: 5, pageSize: 10, faults: { '/v1/services/http-1002': 'missing' } });
    const result = await fetchFeed(`${standIn.url}/v1/services`, quick);
    expect(result.errors).toEqual([expect.stringContaining('The full record of service "http-1002"')]);
    expect(result.errors[0]).toContain('404');
    expect(importFeed(result.documents, ctx).listings.map((l) => l.sourceId)).toContain('http-1002');
  });

  it('finds the services list from the address a person gives, and refuses what is not a web address', () => {
    expect(servicesUrl('https://example.org/api').toString()).toBe('https://example.org/api/services');
    expect(servicesUrl('https://example.org/api/services/?page=4').toString()).toBe('https://example.org/api/services');
    expect(() => servicesUrl('file:///etc/passwd')).toThrow(/not a web address/);
  });
});

describe('npm run import:oruk with a feed address', () => {
  const node = join(ROOT, 'node_modules/.bin/node');
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        node,
        [join(ROOT, 'scripts/import-oruk.ts'), ...args],
        { cwd: ROOT, env: { ...process.env, FIS_TODAY: '2026-11-26' } },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('imports every page, prints the summary, and exits 1 naming a page that failed', async () => {
    standIn = await startStandIn({ services: 25, pageSize: 10, faults: { '/v1/services?page=3': 'always-500' } });
    const out = mkdtempSync(join(tmpdir(), 'oruk-http-'));
    const r = await run([`${standIn.url}/v1`, '--out', join(out, 'listings'), '--report', join(out, 'report.json'), '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').length).toBeLessThanOrEqual(41);
    expect(r.stdout).toMatch(/^Imported 20 services from http:\/\/127\.0\.0\.1:\d+\/v1/m);
    expect(r.stdout).toMatch(/Feed pages or records that could not be fetched \(1\):\n {2}Page 3 of the services list/);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).fetchErrors).toHaveLength(1);
  });
});

describe('a feed address nothing answers at', () => {
  it('says the server refused the connection, once per page', async () => {
    const stopped = await startStandIn({ services: 1 });
    const url = stopped.url;
    await stopped.close();
    const result = await fetchFeed(`${url}/v1`, { ...quick, retries: 1 });
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Page 1 of the services list .* could not be read: the request failed \(the server refused the connection\) \(tried 2 times\)/,
      ),
    ]);
    expect(result.documents).toEqual([]);
  });
});
