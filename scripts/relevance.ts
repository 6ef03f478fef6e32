/**
 * npm run relevance: do families find the right kind of help in their own words?
 * Runs two fixed sets of everyday queries over the EXAMPLE directory (content/), through query understanding
 * and the fallback plan exactly as the search page and the CLI run them:
 *   content/vocabularies/search-examples.yaml  the tuning half: what we look at and improve against, and what
 *                                   the need guess learns from (continued in search-examples.<part>.yaml);
 *   tests/relevance/held-out.yaml  never tuned on (continued in held-out.<part>.yaml): its first 165 written
 *                                   before the understanding lexicon, each later batch written before it was
 *                                   run, then split at random with tuning or held out whole (which batch is in
 *                                   which part, and how each was written: heldOutNote in
 *                                   lib/relevance-report.ts, printed at the top of bench/relevance.md).
 * For the embedded engine, for Meilisearch when MEILI_URL and MEILI_MASTER_KEY are set (a throwaway index on
 * that server, deleted afterwards), and for a plain substring search on name and description (what the
 * national DfE directory did), it reports:
 *   success@3: a service with one of the query's right needs is in the top 3;
 *   zero-result rate: the share of queries that find nothing at all.
 * Writes bench/relevance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataFileWithParts } from '../content/lib/data-file.ts';
import { loadSearchExamples, readSearchExamples, searchExamplesFile } from '../content/lib/search-examples.ts';
import type { SearchExample } from '../content/schema/search-examples.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../site/lib/search/embedded-index.ts';
import { embeddedEngine, type SearchEngine } from '../site/lib/search/engine.ts';
import { filterClauses, haversineMiles, matchesAll } from '../site/lib/search/filters.ts';
import { loadSearchSetup } from '../site/lib/search/load-setup.ts';
import { parseQuery, type Query, type QueryContext } from '../site/lib/search/query.ts';
import type { SearchDocument } from '../site/lib/search/search-document.ts';
import type { SearchSetup } from '../site/lib/search/setup.ts';
import { searchUnderstood } from '../site/lib/search/understand/plan.ts';
import { makeThrowawayIndex } from '../tests/lib/throwaway-index.ts';
import { machine } from './bench/machine.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { BASELINE_NAME, heldOutFailures, type HeldOutPart, pct, relevanceReport } from './lib/relevance-report.ts';

// What the tests and the parity suite read from here, made in the report.
export { BAR, isBaseline, realEngines } from './lib/relevance-report.ts';

const root = resolve(import.meta.dirname, '..');
export const QUERY_SETS = {
  tuning: searchExamplesFile(join(root, 'content')),
  heldOut: join(root, 'tests/relevance/held-out.yaml'),
} as const;
export type SetName = keyof typeof QUERY_SETS;

/**
 * A set's files: search-examples.yaml (or held-out.yaml) and its continuations beside it, <name>.<part>.yaml, in name
 * order, as every data file stays under 100 KB.
 */
export function querySetFiles(name: SetName): string[] {
  return dataFileWithParts(QUERY_SETS[name], 'its header');
}

/** Every query of a set, from all its files. */
export function loadQuerySet(name: SetName, needIds: readonly string[]): RelevanceQuery[] {
  return loadSearchExamples(QUERY_SETS[name], needIds);
}
/** With a postcode, people mean "near me": within this many miles (online and phone services still count). */
export const POSTCODE_RADIUS = 10;

/** A relevance query: an example search with the needs of the help that answers it. */
export type RelevanceQuery = SearchExample;

export interface Ranked {
  serviceId: string;
  name: string;
  needs: string[];
}

export interface QueryOutcome {
  query: RelevanceQuery;
  top: Ranked[];
  total: number;
  success: boolean;
  /** The fallback steps taken, e.g. "needs-only". */
  steps: string[];
}

export interface EngineFigures {
  queries: number;
  successAt3: number;
  zeroResultRate: number;
  outcomes: QueryOutcome[];
}

export interface Searcher {
  name: string;
  search(query: Query): Promise<{ top: Ranked[]; total: number; steps: string[] }>;
}

/** A search engine as the page runs it: query understanding, then the fallback plan. */
export function understoodSearcher(name: string, engine: SearchEngine, setup: Pick<SearchSetup, 'understand'>): Searcher {
  return {
    name,
    async search(query) {
      const r = await searchUnderstood(engine, query, setup.understand);
      return {
        top: r.results.hits.map((h) => ({ serviceId: h.serviceId, name: h.name, needs: h.needs })),
        total: r.results.total,
        steps: r.steps.map((s) => s.kind),
      };
    },
  };
}

/** The embedded engine, built from the directory exactly as the site builds it. */
export function embeddedSearcher(setup: SearchSetup): Searcher {
  const index = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(setup.docs, setup.words)));
  return understoodSearcher(
    'Embedded engine',
    embeddedEngine(() => index),
    setup,
  );
}

/** Meilisearch: a throwaway index on a real server with the directory's settings; `close` deletes it. */
export async function meilisearchSearcher(setup: SearchSetup, host: string, masterKey: string): Promise<Searcher & { close(): Promise<void> }> {
  const t = await makeThrowawayIndex({ host, masterKey }, 'relevance', setup.settings, setup.docs);
  return { ...understoodSearcher('Meilisearch', t.engine, setup), close: t.drop };
}

/**
 * The baseline: the whole query as one case-insensitive substring of the name or the description, names
 * first, then directory order; nearest first when a postcode is given. The same filters as the engine.
 */
export function substringSearcher(docs: readonly SearchDocument[]): Searcher {
  return {
    name: BASELINE_NAME,
    async search(query) {
      const needle = query.q.trim().toLowerCase();
      const clauses = filterClauses(query);
      const hits = docs
        .map((d, i) => ({ d, i, inName: d.name.toLowerCase().includes(needle), inText: d.description.toLowerCase().includes(needle) }))
        .filter((h) => (h.inName || h.inText) && matchesAll(h.d, clauses))
        .map((h) => ({ ...h, miles: query.near && h.d._geo ? haversineMiles(query.near, h.d._geo) : Infinity }))
        .sort((a, b) => Number(b.inName) - Number(a.inName) || (query.near ? a.miles - b.miles : 0) || a.i - b.i);
      const seen = new Set<string>();
      const distinct = hits.filter((h) => !seen.has(h.d.serviceId) && seen.add(h.d.serviceId));
      return {
        top: distinct.slice(0, 3).map((h) => ({ serviceId: h.d.serviceId, name: h.d.name, needs: h.d.needs })),
        total: distinct.length,
        steps: [],
      };
    },
  };
}

export function toQuery(rq: RelevanceQuery, ctx: QueryContext): Query {
  const params = new URLSearchParams({ q: rq.q, size: '3' });
  if (rq.age !== undefined) params.set('age', String(rq.age));
  if (rq.postcode) {
    params.set('near', rq.postcode);
    params.set('radius', String(POSTCODE_RADIUS));
  }
  const { query, errors } = parseQuery(params, ctx);
  if (errors.length > 0) throw new Error(`Relevance query "${rq.q}" is invalid: ${errors[0]!.message}`);
  return query;
}

/**
 * Searches in flight at once. Meilisearch answers over HTTP: one at a time, its 5,457 searches took five minutes and
 * outgrew the test's timeout; a few at once keep the server busy. The embedded engine answers synchronously anyway.
 */
const IN_FLIGHT = 6;

export async function evaluate(searcher: Searcher, queries: readonly RelevanceQuery[], ctx: QueryContext): Promise<EngineFigures> {
  // Each outcome in its query's place, whichever search answers first.
  const outcomes: QueryOutcome[] = new Array(queries.length);
  let next = 0;
  const work = async () => {
    while (next < queries.length) {
      const k = next++;
      const rq = queries[k]!;
      const { top, total, steps } = await searcher.search(toQuery(rq, ctx));
      const top3 = top.slice(0, 3);
      outcomes[k] = { query: rq, top: top3, total, steps, success: top3.some((h) => h.needs.some((n) => rq.needs.includes(n))) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, queries.length) }, work));
  const n = outcomes.length;
  return {
    queries: n,
    successAt3: outcomes.filter((o) => o.success).length / n,
    zeroResultRate: outcomes.filter((o) => o.total === 0).length / n,
    outcomes,
  };
}

export interface SetFigures {
  file: string;
  /** Engine name → figures; the baseline last. */
  engines: { name: string; figures: EngineFigures }[];
}

export interface RelevanceRun {
  listings: number;
  errors: number;
  sets: Record<SetName, SetFigures>;
  /** The held-out set's part files and the batches in each, for the report's note on how each was written. */
  heldOutParts: HeldOutPart[];
  /** Searches with a postcode keep services within this many miles (and online or phone ones). */
  postcodeRadius: number;
  /** Why Meilisearch is not in the report, when it is not. */
  meilisearchSkipped?: string;
}

/** The part files among a set's files, <name>.part-<n>.yaml, with the batches each holds. */
function partsOf(files: { file: string; queries: RelevanceQuery[] }[]): HeldOutPart[] {
  return files.flatMap(({ file, queries }) => {
    const part = /\.part-(\d+)\.yaml$/.exec(file)?.[1];
    return part ? [{ part: Number(part), batches: [...new Set(queries.map((q) => q.batch ?? 1))] }] : [];
  });
}

export async function runRelevance(
  options: { contentDir?: string; meili?: { host: string; masterKey: string } | undefined } = {},
): Promise<RelevanceRun> {
  const setup = loadSearchSetup(options.contentDir ?? join(root, 'content'), { root });
  const needIds = setup.directory.vocab.needs.map((n) => n.id);
  const searchers: Searcher[] = [embeddedSearcher(setup)];
  let meili: Awaited<ReturnType<typeof meilisearchSearcher>> | undefined;
  if (options.meili) searchers.push((meili = await meilisearchSearcher(setup, options.meili.host, options.meili.masterKey)));
  searchers.push(substringSearcher(setup.docs));
  try {
    const sets = {} as Record<SetName, SetFigures>;
    let heldOutParts: HeldOutPart[] = [];
    for (const name of Object.keys(QUERY_SETS) as SetName[]) {
      // Each file read once: its queries are run, and the held-out set's part files named in the report's note.
      const files = querySetFiles(name).map((file) => ({ file, queries: readSearchExamples(file, needIds) }));
      if (name === 'heldOut') heldOutParts = partsOf(files);
      const queries = files.flatMap((f) => f.queries);
      const engines: SetFigures['engines'] = [];
      for (const s of searchers) engines.push({ name: s.name, figures: await evaluate(s, queries, setup.ctx) });
      sets[name] = { file: files.map((f) => f.file.slice(root.length + 1)).join(' + '), engines };
    }
    return {
      listings: setup.directory.listings.length,
      errors: setup.directory.problems.filter((p) => p.severity === 'error').length,
      sets,
      heldOutParts,
      postcodeRadius: POSTCODE_RADIUS,
      ...(options.meili ? {} : { meilisearchSkipped: 'MEILI_URL and MEILI_MASTER_KEY were not set' }),
    };
  } finally {
    await meili?.close();
  }
}

export const USAGE = `Score everyday queries on the example directory, a tuning half (content/vocabularies/search-examples.yaml) and a
held-out half (tests/relevance/held-out.yaml), on the embedded engine and, when MEILI_URL and MEILI_MASTER_KEY
are set, on Meilisearch; writes bench/relevance.md.

  npm run relevance [-- --held-out]

  --held-out  also print the held-out queries each engine gets wrong, for a review. Not while improving the
              lexicon: a held-out query read is one that no longer measures anything.`;

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const args = parseCli(argv, { 'held-out': { type: 'boolean' } }, USAGE, io);
  if (typeof args === 'number') return args;
  const host = env.MEILI_URL;
  const masterKey = env.MEILI_MASTER_KEY;
  const r = await runRelevance({ meili: host && masterKey ? { host, masterKey } : undefined });
  if (r.errors > 0) io.err(`Warning: ${r.errors} listing errors: those listings were left out. Run npm run validate.`);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/relevance.md'), relevanceReport(r, new Date(), machine(env).commit));
  for (const [name, set] of Object.entries(r.sets)) {
    for (const e of set.engines)
      io.out(
        `${name}: ${e.name}: success@3 ${pct(e.figures.successAt3)}, zero results ${pct(e.figures.zeroResultRate)} (${e.figures.queries} queries)`,
      );
  }
  if (args.values['held-out']) {
    io.out('\nHeld-out queries got wrong (for the review only):');
    for (const line of heldOutFailures(r)) io.out(line);
  }
  if (r.meilisearchSkipped) io.out(`Meilisearch skipped: ${r.meilisearchSkipped}.`);
  io.out('Wrote bench/relevance.md.');
  return 0;
}

await runMain(import.meta, main);
