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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { loadSearchExamples, searchExamplesFile } from '../../content/lib/search-examples.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../../site/lib/search/embedded-index.ts';
import { embeddedEngine } from '../../site/lib/search/engine.ts';
import { buildSynonyms } from '../../site/lib/search/synonyms.ts';
import { loadReviewedSynonyms, searchSetupFor } from '../../site/lib/search/load-setup.ts';
import { directoryDocuments } from '../../site/lib/search/search-document.ts';
import { understandingPackFor, urgentNeedsOf } from '../../site/lib/search/setup.ts';
import { directoryWordForms, loadUnderstanding } from '../../site/lib/search/understand/pack.ts';
import { searchUnderstood } from '../../site/lib/search/understand/plan.ts';
import { parseQuery, type Query } from '../../site/lib/search/query.ts';
import { type Env, type Io, parseCli, processIo, runMain } from '../lib/cli.ts';
import { generateListings, venuesFrom, writeListings } from './generate-listings.ts';
import { machine, percentile, round1, round2 } from './machine.ts';
import { benchMeilisearch } from './meilisearch.ts';
import type { MeiliRecord } from './meilisearch-report.ts';
import { benchSignposts, type SignpostBench } from './signposts.ts';
import { type ExampleResult, mb, type SizeResult, st, type Timing, writeMarkdown } from './embedded-report.ts';
import { validateInMemory } from './validate-in-memory.ts';
import { readSafetyHalf } from '../safety-report.ts';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'content');
const SEED = 20261126;
const TODAY = '2026-11-26';
export const GOALS = { p95Ms10k: 10, gzipBytes10k: 2 * 1024 * 1024 };

/** The fixed query mix: URL parameters as the search page sends them. */
export const QUERY_MIX: readonly string[] = [
  'q=autism',
  "q=won't go to school&age=12",
  'q=breastfeeding&near=DN4 0TY&radius=5&sort=distance',
  'q=domestic abuse&locality=north',
  'needs=send&age=19&send=1',
  'q=food bank&free=1',
  'q=counselling&age=15&near=DN1 1AA&radius=10',
  'near=DN6 7RU&radius=2&sort=distance',
  'q=holiday club&day=saturday',
  'q=parenting course&delivery=online',
  'q=stay and play&hubs=1',
  'q=brestfeeding',
  'q=help with money debt and benefits',
  'needs=housing&locality=east',
  'q=youth club&age=14&near=DN3 2DG&radius=5',
  'q=learn english&language=pl',
  'q=support&page=2',
  '',
  'level=specialist&access=professional-referral',
  'q=camhs&near=DN5&radius=10&sort=distance',
  'q=my teenager is smoking weed&age=16',
  'q=child minder&near=DN6 0HZ&radius=5',
  'needs=parenting,behaviour&age_min=5&age_max=11',
  'q=anxiety panic attacks',
  // Added with query understanding (issue 9): ages, days, cost and needs read from the words, and fallbacks.
  "q=my 13 year old won't go to school and is anxious",
  'q=free activities for toddlers this saturday',
  'q=my husband hits me',
  'q=we are being evicted',
];

/** Wall-clock and CPU time of `fn`. */
function timed<T>(fn: () => T): [T, Timing] {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = fn();
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(c);
  return [out, { wallMs: round1(wallMs), cpuMs: round1((used.user + used.system) / 1000) }];
}
/** timed() for a promise that does no I/O (the embedded engine answers in microtasks). */
async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, Timing]> {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = await fn();
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(c);
  return [out, { wallMs: round1(wallMs), cpuMs: round1((used.user + used.system) / 1000) }];
}

async function benchSize(n: number, withFiles: boolean): Promise<SizeResult> {
  const dir = loadDirectory({ contentDir, root, paths: [join(contentDir, 'council.yaml')], today: TODAY });
  const venues = venuesFrom(contentDir, dir.vocab);
  const [inputs, generate] = timed(() => generateListings(n, SEED, dir.vocab, venues));

  let validateFiles: Timing | undefined;
  if (withFiles) {
    const tmp = mkdtempSync(join(tmpdir(), 'fis-bench-'));
    try {
      writeListings(tmp, inputs);
      const [fromFiles, timing] = timed(() => loadDirectory({ contentDir, root, paths: [tmp], today: TODAY }));
      validateFiles = timing;
      const errors = fromFiles.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) throw new Error(`Generated listings have ${errors.length} errors, e.g. ${errors[0]!.file}: ${errors[0]!.message}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  const [{ listings, errors }, validateInMemoryTiming] = timed(() => validateInMemory(inputs, dir, TODAY));
  if (errors > 0) throw new Error(`Generated listings have ${errors} errors`);

  const [documents, transform] = timed(() => directoryDocuments(listings, dir.vocab));

  // The same word settings and query context as the site (the directory here holds only council.yaml), with
  // the generated listings' own word forms joined up as synonyms, as the site does with its listings.
  const setup = searchSetupFor(dir, contentDir);
  const { ctx } = setup;
  const reviewed = loadReviewedSynonyms(contentDir);
  const words = { ...setup.words, synonyms: buildSynonyms(dir.vocab.needs, reviewed, directoryWordForms(documents, reviewed.exact)) };
  const [text, build] = timed(() => JSON.stringify(buildEmbeddedIndex(documents, words)));
  const rawBytes = Buffer.byteLength(text);
  const gzipBytes = gzipSync(text).length;

  const [index, load] = timed(() => loadEmbeddedIndex(text));

  const queries: [string, Query][] = QUERY_MIX.map((p) => {
    const { query, errors: qErrors } = parseQuery(new URLSearchParams(p), ctx);
    if (qErrors.length > 0) throw new Error(`Benchmark query "${p}" is invalid: ${qErrors[0]!.message}`);
    return [p, query];
  });
  // Each query as the search page runs it: query understanding, the engine, and any fallback steps.
  // The site's own pack builder, over the generated services: the need guess learns from them and the example
  // searches as the site's does.
  const searches = loadSearchExamples(
    searchExamplesFile(contentDir),
    dir.vocab.needs.map((x) => x.id),
  );
  const understand = {
    ...loadUnderstanding(understandingPackFor(dir, setup.understanding.needPhrases, documents, reviewed.exact, searches)),
    urgentNeeds: urgentNeedsOf(dir),
  };
  const engine = embeddedEngine(() => index);
  const search = async (q: Query) => timedAsync(() => searchUnderstood(engine, q, understand));
  let firstPass = { ms: 0, q: '' };
  for (const [label, q] of queries) {
    const [, t] = await search(q);
    if (t.wallMs > firstPass.ms) firstPass = { ms: t.wallMs, q: label };
  }
  for (let i = 0; i < 3; i++) for (const [, q] of queries) await search(q); // warm up the JIT
  const rounds = n <= 10_000 ? 20 : 8;
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const byQuery = new Map<string, number[]>();
  let slowest = { ms: 0, q: '' };
  for (let r = 0; r < rounds; r++) {
    for (const [label, q] of queries) {
      const [, t] = await search(q);
      samples.push(t.wallMs);
      cpuSamples.push(t.cpuMs);
      byQuery.set(label, [...(byQuery.get(label) ?? []), t.wallMs]);
      if (t.wallMs > slowest.ms) slowest = { ms: t.wallMs, q: label };
    }
  }
  return {
    listings: n,
    services: listings.length,
    documents: documents.length,
    generate,
    validateInMemory: validateInMemoryTiming,
    ...(validateFiles === undefined ? {} : { validateFiles }),
    transform,
    build,
    rawBytes,
    gzipBytes,
    load,
    firstPass,
    queries: queries.length,
    samples: samples.length,
    p50Ms: round2(percentile(samples, 50)),
    p95Ms: round2(percentile(samples, 95)),
    p50CpuMs: round2(percentile(cpuSamples, 50)),
    p95CpuMs: round2(percentile(cpuSamples, 95)),
    maxMs: round2(slowest.ms),
    slowestQuery: slowest.q || '(no parameters: everything)',
    perQuery: Object.fromEntries([...byQuery].map(([q, xs]) => [q || '(none)', round2(percentile(xs, 50))])),
  };
}

function exampleDirectory(): ExampleResult {
  loadDirectory({ contentDir, root, today: TODAY }); // warm up
  const runs = [0, 1, 2].map(() => {
    const [dir, validate] = timed(() => loadDirectory({ contentDir, root, today: TODAY }));
    const [docs, transform] = timed(() => directoryDocuments(dir.listings, dir.vocab));
    return { listings: dir.filesChecked, documents: docs.length, validate, transform };
  });
  return runs.sort((a, b) => a.validate.wallMs - b.validate.wallMs)[1]!;
}

/**
 * The urgent-help matcher on the searches people wrote for it: the safety set's tuning half and the search examples
 * (the held-out half stays out of every tool but the safety report).
 */
function signposts(): SignpostBench {
  const vocab = loadVocabularies(contentDir);
  const safety = readSafetyHalf('tuning').sets.flatMap((s) => [...s.triggers.map((t) => t.q), ...s.ordinary]);
  const examples = loadSearchExamples(
    searchExamplesFile(contentDir),
    vocab.needs.map((n) => n.id),
  ).map((e) => e.q);
  return benchSignposts(vocab.urgentHelp, [...safety, ...examples]);
}

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
  const example = exampleDirectory();
  io.err(`Example directory: ${example.listings} listings validated in ${st(example.validate)}.`);
  const urgent = signposts();
  io.err(`Urgent-help matcher: built in ${urgent.loadMs} ms, p95 ${urgent.p95Ms} ms a search.`);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    io.err(`Generating and measuring ${n.toLocaleString('en-GB')} listings…`);
    const r = await benchSize(n, n === 10_000);
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
