/**
 * npm run bench [-- --sizes 10000,50000] [--engine embedded|meilisearch]: benchmarks, not timed tests.
 * --engine meilisearch measures a real Meilisearch instead (scripts/bench/meilisearch.ts) and writes its
 * figures beside the embedded ones: results.md always shows both when both have been measured. Generates listings deterministically
 * (seeded) in memory and a temp folder (never committed), then measures:
 *   - validation: the whole example directory, and 10,000 generated listings read from YAML files
 *     (loadDirectory), plus the zod schema and cross-checks in memory at every size;
 *   - transform: toSearchDocuments;
 *   - the embedded index: build time, size as JSON (raw and gzip), load time (what a browser pays);
 *   - embedded query latency p50/p95 over a fixed mix of text, filter and distance queries, each run as the
 *     search page runs it (query understanding, the engine and any fallback steps);
 *   - the urgent-help matcher the page runs beside the engine: its build and its time per search (signposts.ts).
 * Writes bench/results.md and bench/results.json with the machine and date.
 * Goals: p95 < 10 ms at 10,000 listings (the search issue's bar with query understanding in the path: it was 20
 * ms before); the index for 10,000 listings < 2 MB gzip.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Env, type Io, parseCli, processIo, runMain } from '../lib/cli.ts';
import { benchEmbedded, benchExampleDirectory, benchUrgentHelp } from './embedded.ts';
import { mb, type SizeResult, st, writeMarkdown } from './embedded-report.ts';
import { contentDir, GOALS, QUERY_MIX, root, SEED, TODAY } from './inputs.ts';
import { machine } from './machine.ts';
import { benchMeilisearch } from './meilisearch.ts';
import type { MeiliRecord } from './meilisearch-report.ts';

export const USAGE = `Benchmarks on generated listings; writes bench/results.md and bench/results.json.

  npm run bench                              10,000 and 50,000 listings
  npm run bench -- --sizes 1000,10000        other sizes (10,000 also validates from YAML files)
  npm run bench -- --engine meilisearch      a real Meilisearch instead (the meilisearch on the PATH, MEILI_BIN,
                                             or MEILI_URL and MEILI_MASTER_KEY); written beside the embedded
                                             figures, in bench/results-meilisearch.json and results.md
  --out <folder>                             where to write (default: bench)
  FIS_BENCH_COMMIT=<sha>                     the commit measured, for a tree with no .git`;

/** The Meilisearch benchmark: its figures are kept per size, so the slow 50,000 case can run on its own. */
async function mainMeilisearch(sizes: number[], out: string, outLabel: string, env: Env, io: Io): Promise<number> {
  const m = machine(env);
  io.err(`Benchmarking Meilisearch on ${m.cpu} (${m.cores} cores), load average ${m.loadAverage}…`);
  const result = await benchMeilisearch({
    sizes,
    contentDir,
    root,
    seed: SEED,
    today: TODAY,
    queryMix: QUERY_MIX,
    log: (text) => io.err(text),
    loadAverage: () => machine(env).loadAverage,
  });
  mkdirSync(out, { recursive: true });
  const file = join(out, 'results-meilisearch.json');
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MeiliRecord) : undefined;
  const runs = [...(earlier?.runs ?? []).filter((r) => !r.sizes.some((s) => sizes.includes(s.listings))), { machine: m, ...result }];
  const record: MeiliRecord = { seed: SEED, queryMix: QUERY_MIX, runs: runs.sort((a, b) => a.sizes[0]!.listings - b.sizes[0]!.listings) };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  writeMarkdown(out);
  io.out(`Wrote ${join(outLabel, 'results-meilisearch.json')} and the Meilisearch section of ${join(outLabel, 'results.md')}.`);
  return 0;
}

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const args = parseCli(
    argv,
    { sizes: { type: 'string', default: '10000,50000' }, out: { type: 'string', default: 'bench' }, engine: { type: 'string', default: 'embedded' } },
    USAGE,
    io,
  );
  if (typeof args === 'number') return args;
  const { values } = args;
  const sizes = values.sizes.split(',').map(Number);
  if (args.positionals.length > 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    io.err(`--sizes takes whole numbers separated by commas, like 10000,50000; it was "${values.sizes}".\n\n${USAGE}`);
    return 2;
  }
  if (values.engine !== 'embedded' && values.engine !== 'meilisearch') {
    io.err(`--engine must be embedded or meilisearch; it was "${values.engine}".\n\n${USAGE}`);
    return 2;
  }
  const out = resolve(root, values.out);
  if (values.engine === 'meilisearch') return mainMeilisearch(sizes, out, values.out, env, io);
  const m = machine(env);
  io.err(`Benchmarking on ${m.cpu} (${m.cores} cores), Node ${m.node}, load average ${m.loadAverage}…`);
  const example = benchExampleDirectory();
  io.err(`Example directory: ${example.listings} listings validated in ${st(example.validate)}.`);
  const urgent = benchUrgentHelp();
  io.err(`Urgent-help matcher: built in ${urgent.loadMs} ms, p95 ${urgent.p95Ms} ms a search.`);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    io.err(`Generating and measuring ${n.toLocaleString('en-GB')} listings…`);
    const r = await benchEmbedded(n, n === 10_000);
    io.err(`  p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms (CPU p95 ${r.p95CpuMs} ms), index ${mb(r.gzipBytes)} gzip.`);
    results.push(r);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'results.json'),
    `${JSON.stringify({ machine: m, seed: SEED, goals: GOALS, queryMix: QUERY_MIX, example, sizes: results, signposts: urgent }, null, 2)}\n`,
  );
  writeMarkdown(out);
  io.out(`Wrote ${join(values.out, 'results.md')} and results.json.`);
  return 0;
}

await runMain(import.meta, main);
