/**
 * The Meilisearch part of bench/results.md: its figures beside the embedded engine's for the same seeded
 * listings and query mix. Pure: from the JSON records to Markdown.
 */
import type { Machine } from './machine.ts';
import type { MeiliBenchResult } from './meilisearch.ts';

export interface MeiliRecord {
  seed: number;
  queryMix: readonly string[];
  /** One entry per benchmark run (the 50,000 case may be measured in a run of its own). */
  runs: (MeiliBenchResult & { machine: Machine })[];
}

/** What the comparison needs from an embedded size result (SizeResult in embedded-report.ts). */
export interface EmbeddedFigures {
  listings: number;
  build: { wallMs: number };
  load: { wallMs: number };
  rawBytes: number;
  gzipBytes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const n = (x: number) => x.toLocaleString('en-GB');

export function meilisearchSection(
  record: MeiliRecord,
  embedded: readonly EmbeddedFigures[],
  embeddedMachine?: Pick<Machine, 'loadAverage' | 'date'>,
): string {
  const sizes = record.runs.flatMap((r) => r.sizes.map((size) => ({ size, run: r }))).sort((a, b) => a.size.listings - b.size.listings);
  const emb = (listings: number) => embedded.find((e) => e.listings === listings);
  const header = `| | ${sizes.map(({ size }) => `${n(size.listings)}: embedded | ${n(size.listings)}: Meilisearch`).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---|---').join('|')}|`;
  const row = (label: string, e: (x: EmbeddedFigures) => string, m: (x: (typeof sizes)[number]) => string) =>
    `| ${label} | ${sizes.map((x) => `${emb(x.size.listings) ? e(emb(x.size.listings)!) : 'not measured'} | ${m(x)}`).join(' | ')} |`;
  const mem = (v: number | undefined) => (v === undefined ? 'not measured' : `${v} MiB`);
  return [
    '## Meilisearch beside the embedded engine',
    '',
    `Written by \`npm run bench -- --engine meilisearch\`: the same seeded listings (seed ${record.seed}) and the same query mix, against a real Meilisearch. Each size ran on a fresh server, so memory does not carry over.`,
    '',
    ...record.runs.map(
      (r) =>
        `- ${r.sizes.map((x) => n(x.listings)).join(' and ')} listings: Meilisearch ${r.version}, ${r.server}; ${r.machine.date.slice(0, 10)} at ${r.machine.date.slice(11, 16)} UTC, commit ${r.machine.commit}; ${r.machine.cpu}, ${r.machine.cores} cores. Load average before: ${Object.entries(
          r.loadBefore,
        )
          .map(([k, v]) => `${v} (${n(Number(k))})`)
          .join(
            ', ',
          )}${Object.values(r.loadBefore).some((v) => v > r.machine.cores) ? ' — more than the cores, so the machine was busy with other work and these figures are pessimistic' : ''}.`,
    ),
    '',
    ...(embeddedMachine
      ? [
          `The embedded figures beside them were measured on ${embeddedMachine.date.slice(0, 10)} at load average ${embeddedMachine.loadAverage}. Where the loads differ a lot, the wall-clock columns are not a fair race: compare the server's CPU time for indexing, and read the Meilisearch latencies as an upper bound.`,
          '',
        ]
      : []),
    header,
    rule,
    row(
      'Search documents',
      () => '',
      (x) => n(x.size.documents),
    ),
    row(
      "Build the index (embedded: build + JSON; Meilisearch: the indexer's publish, batches of 500, to the swap)",
      (e) => s(e.build.wallMs),
      (x) => `${s(x.size.indexMs)}${x.size.serverCpuMs !== undefined ? ` (server CPU ${s(x.size.serverCpuMs)})` : ''}`,
    ),
    row(
      'Query latency p50',
      (e) => `${e.p50Ms} ms`,
      (x) => `${x.size.p50Ms} ms`,
    ),
    row(
      'Query latency p95',
      (e) => `${e.p95Ms} ms`,
      (x) => `${x.size.p95Ms} ms`,
    ),
    row(
      'Slowest query',
      (e) => `${e.maxMs} ms`,
      (x) => `${x.size.maxMs} ms`,
    ),
    row(
      'What the browser downloads',
      (e) => `${mb(e.gzipBytes)} gzip index, once`,
      () => 'each result page only',
    ),
    row(
      'Memory',
      (e) => `in the browser: ${mb(e.rawBytes)} of JSON, ${s(e.load.wallMs)} to load`,
      (x) =>
        `server RSS ${mem(x.size.rssAfterIndexMiB)} after indexing, ${mem(x.size.rssAfterQueriesMiB)} after the queries (peak ${mem(x.size.peakRssMiB)})`,
    ),
    row(
      'On disk',
      () => '(static file)',
      (x) => (x.size.diskMiB === undefined ? 'not measured' : `${x.size.diskMiB} MiB database`),
    ),
    '',
    'Median Meilisearch latency of each query in the mix:',
    '',
    `| Query | ${sizes.map(({ size }) => n(size.listings)).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    ...record.queryMix.map(
      (q) => `| \`${q || '(none: everything)'}\` | ${sizes.map(({ size }) => `${size.perQuery[q || '(none)'] ?? '–'} ms`).join(' | ')} |`,
    ),
    '',
    'Notes: Meilisearch latency is the whole HTTP round trip from Node on the same machine (request, search with',
    'every facet counted as the search page asks, JSON answer), so it includes what a browser would pay apart from',
    'the network. The embedded latency is the search alone, in process, after the index has loaded. On this',
    'shared 2-core machine the server, the benchmark and other work compete for the cores: a dedicated server',
    'would be faster. The peak RSS includes indexing, which needs far more memory than serving.',
    '',
  ].join('\n');
}
