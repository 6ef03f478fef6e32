/**
 * What npm run bench measures in this process: the example directory's validation, the urgent-help matcher, and
 * for each generated size the whole embedded path (generate, validate, transform, build and load the index, then
 * the query mix as the search page runs it). meilisearch.ts measures a real Meilisearch the same way; run.ts is
 * the command that runs either and writes the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { loadSearchExamples, searchExamplesFile } from '../../content/lib/search-examples.ts';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../../site/lib/search/embedded-index.ts';
import { embeddedEngine } from '../../site/lib/search/engine.ts';
import { loadReviewedSynonyms, searchSetupFor } from '../../site/lib/search/load-setup.ts';
import { parseQuery, type Query } from '../../site/lib/search/query.ts';
import { directoryDocuments } from '../../site/lib/search/search-document.ts';
import { understandingPackFor, urgentNeedsOf } from '../../site/lib/search/setup.ts';
import { buildSynonyms } from '../../site/lib/search/synonyms.ts';
import { directoryWordForms, loadUnderstanding } from '../../site/lib/search/understand/pack.ts';
import { searchUnderstood } from '../../site/lib/search/understand/plan.ts';
import { readSafetyHalf } from '../safety-report.ts';
import type { ExampleResult, SizeResult, Timing } from './embedded-report.ts';
import { generateListings, venuesFrom, writeListings } from './generate-listings.ts';
import { contentDir, QUERY_MIX, root, SEED, TODAY } from './inputs.ts';
import { percentile, round1, round2 } from './machine.ts';
import { benchSignposts, type SignpostBench } from './signposts.ts';
import { validateInMemory } from './validate-in-memory.ts';

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

/** One generated directory of `n` listings, end to end; `withFiles` also validates it from YAML files. */
export async function benchEmbedded(n: number, withFiles: boolean): Promise<SizeResult> {
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

/** The example directory (content/): its validation and transform, the median of 3 runs. */
export function benchExampleDirectory(): ExampleResult {
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
export function benchUrgentHelp(): SignpostBench {
  const vocab = loadVocabularies(contentDir);
  const safety = readSafetyHalf('tuning').sets.flatMap((s) => [...s.triggers.map((t) => t.q), ...s.ordinary]);
  const examples = loadSearchExamples(
    searchExamplesFile(contentDir),
    vocab.needs.map((n) => n.id),
  ).map((e) => e.q);
  return benchSignposts(vocab.urgentHelp, [...safety, ...examples]);
}
