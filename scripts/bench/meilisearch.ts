/**
 * npm run bench -- --engine meilisearch [--sizes 10000,50000]: the same seeded listings and query mix as the
 * embedded benchmark, against a REAL Meilisearch. For each size: index time through the indexer's own publish
 * (fresh index, settings, batches of 500, swap, as `npm run index` does), query latency p50/p95 over HTTP
 * with the request the site sends, and the server's memory (RSS after indexing and after the queries, and its
 * peak) and database size on disk. A fresh throwaway server is started for each size (from the `meilisearch`
 * on the PATH or MEILI_BIN) so memory figures do not carry over; with MEILI_URL set that server is used and
 * its memory is not measured (it may be on another machine).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { AdminClient } from '../../indexer/meilisearch/admin-client.ts';
import { findMeilisearchBinary, startLocalMeilisearch, type LocalMeilisearch } from '../../indexer/meilisearch/local-server.ts';
import { publishIndex } from '../../indexer/meilisearch/publish.ts';
import { searchSetupFor } from '../../site/lib/search/load-setup.ts';
import { toMeilisearchRequest } from '../../site/lib/search/meilisearch-request.ts';
import { parseQuery } from '../../site/lib/search/query.ts';
import { directoryDocuments } from '../../site/lib/search/search-document.ts';
import { generateListings, venuesFrom } from './generate-listings.ts';
import { percentile, round2 } from './machine.ts';
import { validateInMemory } from './validate-in-memory.ts';

export interface MeiliSizeResult {
  listings: number;
  documents: number;
  /** Wall clock of the whole publish, from creating the index to the swap. */
  indexMs: number;
  /** CPU the server spent on it (user + system), when it runs on this machine. */
  serverCpuMs?: number;
  batchSize: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  slowestQuery: string;
  samples: number;
  queries: number;
  rssAfterIndexMiB?: number;
  rssAfterQueriesMiB?: number;
  peakRssMiB?: number;
  diskMiB?: number;
  perQuery: Record<string, number>;
}

export interface MeiliBenchResult {
  version: string;
  server: string;
  /** 1-minute load average before each size, since the machine is shared. */
  loadBefore: Record<string, number>;
  sizes: MeiliSizeResult[];
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** A field of /proc/<pid>/status in MiB (VmRSS now, VmHWM the peak). */
function procMemory(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? mib(Number(m[1]) * 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** User + system CPU time of a process so far, in ms (Linux /proc). */
function procCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return undefined;
  }
}

/** Bytes under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return total;
}

/** The server's database folder, read back from its command line. */
function dbPathOf(pid: number): string | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const i = args.indexOf('--db-path');
    return i >= 0 ? args[i + 1] : undefined;
  } catch {
    return undefined;
  }
}

export async function benchMeilisearch(options: {
  sizes: number[];
  contentDir: string;
  root: string;
  seed: number;
  today: string;
  queryMix: readonly string[];
  log: (line: string) => void;
  loadAverage: () => number;
}): Promise<MeiliBenchResult> {
  const { contentDir, root, seed, today } = options;
  const external = process.env.MEILI_URL ? { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY ?? '' } : undefined;
  const binary = external ? undefined : findMeilisearchBinary(process.env);
  if (!external && !binary)
    throw new Error('No Meilisearch to benchmark: put `meilisearch` on the PATH (or set MEILI_BIN), or set MEILI_URL and MEILI_MASTER_KEY.');
  const dir = loadDirectory({ contentDir, root, paths: [join(contentDir, 'council.yaml')], today });
  const venues = venuesFrom(contentDir, dir.vocab);
  // The same index settings and query context as the site (the directory here holds only council.yaml).
  const { settings, ctx } = searchSetupFor(dir, contentDir);
  const requests = options.queryMix.map((p) => {
    const { query, errors } = parseQuery(new URLSearchParams(p), ctx);
    if (errors.length > 0) throw new Error(`Benchmark query "${p}" is invalid: ${errors[0]!.message}`);
    return [p, toMeilisearchRequest(query)] as const;
  });

  const out: MeiliBenchResult = {
    version: '',
    server: external ? `MEILI_URL (${external.url})` : `a throwaway server from ${binary}`,
    loadBefore: {},
    sizes: [],
  };
  for (const n of options.sizes) {
    out.loadBefore[String(n)] = options.loadAverage();
    const { listings, errors } = validateInMemory(generateListings(n, seed, dir.vocab, venues), dir, today);
    if (errors > 0) throw new Error(`Generated listings have ${errors} errors`);
    const documents = directoryDocuments(listings, dir.vocab);
    let local: LocalMeilisearch | undefined;
    try {
      if (!external) local = await startLocalMeilisearch({ binary: binary! });
      const url = external?.url ?? local!.url;
      const key = external?.key ?? local!.masterKey;
      const pid = local?.process.pid;
      const uid = `fis_bench_${n}`;
      const admin = new AdminClient({ host: url, apiKey: key, taskTimeoutMs: 30 * 60_000, requestTimeoutMs: 120_000 });
      const client = new Meilisearch({ host: url, apiKey: key, timeout: 60_000 });
      out.version = (await client.getVersion()).pkgVersion;
      options.log(`  Meilisearch ${out.version}: indexing ${documents.length.toLocaleString('en-GB')} documents…`);
      const cpuBefore = pid === undefined ? undefined : procCpuMs(pid);
      const t = performance.now();
      await publishIndex({ client: admin, uid, primaryKey: 'id', settings, documents, batchSize: 500 });
      const indexMs = performance.now() - t;
      const cpuAfter = pid === undefined ? undefined : procCpuMs(pid);
      const rssAfterIndexMiB = pid === undefined ? undefined : procMemory(pid, 'VmRSS');
      const index = client.index(uid);
      const search = (r: (typeof requests)[number][1]) => {
        const { q, ...params } = r;
        return index.search(q, params);
      };
      for (let i = 0; i < 3; i++) for (const [, r] of requests) await search(r);
      const rounds = n <= 10_000 ? 20 : 8;
      const samples: number[] = [];
      const byQuery = new Map<string, number[]>();
      let slowest = { ms: 0, q: '' };
      for (let round = 0; round < rounds; round++) {
        for (const [label, r] of requests) {
          const s = performance.now();
          await search(r);
          const ms = performance.now() - s;
          samples.push(ms);
          byQuery.set(label, [...(byQuery.get(label) ?? []), ms]);
          if (ms > slowest.ms) slowest = { ms, q: label };
        }
      }
      const dbPath = pid === undefined ? undefined : dbPathOf(pid);
      const result: MeiliSizeResult = {
        listings: n,
        documents: documents.length,
        indexMs: Math.round(indexMs),
        ...(cpuBefore !== undefined && cpuAfter !== undefined ? { serverCpuMs: Math.round(cpuAfter - cpuBefore) } : {}),
        batchSize: 500,
        p50Ms: round2(percentile(samples, 50)),
        p95Ms: round2(percentile(samples, 95)),
        maxMs: round2(slowest.ms),
        slowestQuery: slowest.q || '(no parameters: everything)',
        samples: samples.length,
        queries: requests.length,
        ...(rssAfterIndexMiB !== undefined ? { rssAfterIndexMiB } : {}),
        ...(pid !== undefined && procMemory(pid, 'VmRSS') !== undefined ? { rssAfterQueriesMiB: procMemory(pid, 'VmRSS')! } : {}),
        ...(pid !== undefined && procMemory(pid, 'VmHWM') !== undefined ? { peakRssMiB: procMemory(pid, 'VmHWM')! } : {}),
        ...(dbPath ? { diskMiB: mib(folderBytes(dbPath)) } : {}),
        perQuery: Object.fromEntries([...byQuery].map(([q, xs]) => [q || '(none)', round2(percentile(xs, 50))])),
      };
      options.log(
        `  indexed in ${(result.indexMs / 1000).toFixed(1)} s; p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms; peak RSS ${result.peakRssMiB ?? '?'} MiB.`,
      );
      out.sizes.push(result);
      if (external) await admin.deleteIndex(uid);
    } finally {
      await local?.stop();
    }
  }
  return out;
}
