/**
 * bench/results.md from the JSON records the benchmark writes: the embedded engine's figures (results.json) and,
 * beside them when measured, Meilisearch's (results-meilisearch.json, meilisearch-report.ts). Pure but for
 * writeMarkdown, which reads the records and writes the page; run.ts measures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine.ts';
import { meilisearchSection, type MeiliRecord } from './meilisearch-report.ts';
import { type SignpostBench, signpostSection } from './signposts.ts';

/** Wall-clock and CPU time of a step. On a busy machine wall time includes waiting for a core; CPU time does not. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** The example directory (content/): its validation and transform, the median of 3 runs. */
export interface ExampleResult {
  listings: number;
  documents: number;
  validate: Timing;
  transform: Timing;
}

/** One generated directory size, measured end to end. */
export interface SizeResult {
  listings: number;
  services: number;
  documents: number;
  generate: Timing;
  validateInMemory: Timing;
  validateFiles?: Timing;
  transform: Timing;
  build: Timing;
  rawBytes: number;
  gzipBytes: number;
  load: Timing;
  /**
   * The first pass over the query mix on a freshly loaded index, before any warm-up: its slowest query, which
   * pays the one-off structures the engine builds on first use (word places, neighbouring words).
   */
  firstPass?: { ms: number; q: string };
  queries: number;
  samples: number;
  /** Wall-clock latency. */
  p50Ms: number;
  p95Ms: number;
  /** CPU time per query: what the latency would be on an idle core. */
  p50CpuMs: number;
  p95CpuMs: number;
  maxMs: number;
  slowestQuery: string;
  /** Median wall-clock ms per query of the mix, to show which kinds of query are slow. */
  perQuery: Record<string, number>;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
/** "4.95 s (CPU 1.20 s)" */
export const st = (t: Timing) => `${s(t.wallMs)} (CPU ${s(t.cpuMs)})`;
const add = (a: Timing, b: Timing): Timing => ({ wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs });

/** The embedded engine's part of results.md: goals, the example directory, each generated size, the urgent-help matcher. */
export function embeddedSection(record: EmbeddedRecord): string {
  const { machine: m, example, sizes, signposts: urgent, seed, goals, queryMix } = record;
  const ten = sizes.find((r) => r.listings === 10_000);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : 'MISSED');
  const row = (label: string, f: (r: SizeResult) => string) => `| ${label} | ${sizes.map(f).join(' | ')} |`;
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${m.date.slice(0, 10)} at ${m.date.slice(11, 16)} UTC. Generated listings are seeded (seed ${seed}), so every run measures the same data.`,
    '',
    `Code: commit ${m.commit}.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node} (${m.platform}). Load average when the run started: ${m.loadAverage}${m.loadAverage > m.cores ? ' (the machine was busy with other work, so these figures are pessimistic)' : ''}.`,
    '',
    '## Goals',
    '',
    `- Embedded query p95 < ${goals.p95Ms10k} ms at 10,000 listings: ${ten ? `${ten.p95Ms} ms wall clock, ${verdict(ten.p95Ms < goals.p95Ms10k)}; ${ten.p95CpuMs} ms of CPU time, ${verdict(ten.p95CpuMs < goals.p95Ms10k)}` : 'not measured'}.`,
    `- Embedded index for 10,000 listings < 2 MB gzip: ${ten ? `${mb(ten.gzipBytes)}, ${verdict(ten.gzipBytes < goals.gzipBytes10k)}` : 'not measured'}.`,
    '',
    '## Example directory (content/)',
    '',
    `${example.listings} listings, ${example.documents} search documents. Validation (loadDirectory: YAML with line numbers, zod schema, cross-checks) ${st(example.validate)}; toSearchDocuments ${st(example.transform)} (median of 3 runs).`,
    '',
    '## Generated directories',
    '',
    `| | ${sizes.map((r) => `${r.listings.toLocaleString('en-GB')} listings`).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    row('Services kept / search documents', (r) => `${r.services.toLocaleString('en-GB')} / ${r.documents.toLocaleString('en-GB')}`),
    row('Validate from YAML files (loadDirectory)', (r) => (r.validateFiles === undefined ? 'not run' : st(r.validateFiles))),
    row('Validate in memory (zod schema + cross-checks)', (r) => st(r.validateInMemory)),
    row('Transform (toSearchDocuments)', (r) => st(r.transform)),
    row('Validate + transform (in memory)', (r) => st(add(r.validateInMemory, r.transform))),
    row('Embedded index build (and JSON.stringify)', (r) => st(r.build)),
    row('Embedded index size, raw JSON', (r) => mb(r.rawBytes)),
    row('Embedded index size, gzip', (r) => mb(r.gzipBytes)),
    row('Embedded index load (parse + load)', (r) => st(r.load)),
    row('First search after load (slowest of the first pass, one-off structures included)', (r) =>
      r.firstPass ? `${r.firstPass.ms} ms (\`${r.firstPass.q}\`)` : 'not measured',
    ),
    row('Query latency p50 (wall / CPU)', (r) => `${r.p50Ms} ms / ${r.p50CpuMs} ms`),
    row('Query latency p95 (wall / CPU)', (r) => `${r.p95Ms} ms / ${r.p95CpuMs} ms`),
    row('Slowest query', (r) => `${r.maxMs} ms (\`${r.slowestQuery}\`)`),
    row('Samples', (r) => `${r.queries} queries × ${r.samples / r.queries} rounds`),
    '',
    'The query mix (URL parameters, as the search page sends them), with the median wall-clock latency of each:',
    '',
    `| Query | ${sizes.map((r) => `${r.listings.toLocaleString('en-GB')}`).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    ...queryMix.map(
      (q) =>
        `| \`${q || '(none: everything)'}\` | ${sizes.map((r) => (r.perQuery[q || '(none)'] === undefined ? 'not measured' : `${r.perQuery[q || '(none)']} ms`)).join(' | ')} |`,
    ),
    '',
    "Notes: latency is `searchEmbedded` alone (in Node, after warm-up), not the page. CPU time is the process's",
    'user + system time during the call: on a machine shared with other work it is closer to what an idle device',
    'would take than the wall clock is (it includes garbage collection). "Services kept" is lower than',
    'listings only if generation produced an invalid listing (it should not). Closed and lapsed services are indexed',
    'and filtered out at query time, as on the site.',
    '',
    ...(urgent ? [signpostSection(urgent)] : []),
  ].join('\n');
}

export interface EmbeddedRecord {
  machine: Machine;
  seed: number;
  goals: { p95Ms10k: number; gzipBytes10k: number };
  queryMix: readonly string[];
  example: ExampleResult;
  sizes: SizeResult[];
  /** Measured since 4 December 2026; older records have none. */
  signposts?: SignpostBench;
}

/** results.md from whatever has been measured: the embedded figures, and Meilisearch's beside them. */
export function writeMarkdown(out: string): void {
  const read = <T>(file: string): T | undefined =>
    existsSync(join(out, file)) ? (JSON.parse(readFileSync(join(out, file), 'utf8')) as T) : undefined;
  const embedded = read<EmbeddedRecord>('results.json');
  const meili = read<MeiliRecord>('results-meilisearch.json');
  const parts = [embedded ? embeddedSection(embedded) : '# Benchmark results\n\nThe embedded engine has not been measured yet: run npm run bench.\n'];
  if (meili) parts.push(meilisearchSection(meili, embedded?.sizes ?? [], embedded?.machine));
  writeFileSync(join(out, 'results.md'), parts.join('\n'));
}
