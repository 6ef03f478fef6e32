/**
 * npm run relevance: does the embedded engine find the right kind of help for everyday searches?
 * Runs tests/relevance/queries.yaml over the EXAMPLE directory (content/) and reports, for the embedded
 * engine and for a plain substring search on name and description (what the national DfE directory did):
 *   success@3: a service with one of the query's right needs is in the top 3;
 *   zero-result rate: the share of queries that find nothing at all.
 * Both searches apply the same filters (age, distance, open and reviewed services only); only the matching
 * of words differs. Writes bench/relevance.md.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../content/lib/read-yaml.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex, searchEmbedded } from '../site/lib/search/embedded.ts';
import { filterClauses, haversineMiles, matchesAll } from '../site/lib/search/filters.ts';
import { loadSearchSetup } from '../site/lib/search/load-setup.ts';
import { parseQuery, type Query, type QueryContext } from '../site/lib/search/query.ts';
import type { SearchDocument } from '../site/lib/search/search-document.ts';
import type { SearchSetup } from '../site/lib/search/setup.ts';
import { machine } from './bench/machine.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');
export const QUERIES_FILE = join(root, 'tests/relevance/queries.yaml');
/** With a postcode, people mean "near me": within this many miles (online and phone services still count). */
export const POSTCODE_RADIUS = 10;

const relevanceQuerySchema = z
  .object({
    q: z.string().min(1),
    needs: z.array(z.string()).min(1),
    who: z.enum(['parent', 'young-person', 'practitioner']),
    age: z.number().min(0).max(25).optional(),
    postcode: z.string().optional(),
    why: z.string().optional(),
  })
  .strict();
export type RelevanceQuery = z.infer<typeof relevanceQuerySchema>;

export function loadRelevanceQueries(file: string, needIds: readonly string[]): RelevanceQuery[] {
  const parsed = readYaml(readFileSync(file, 'utf8'));
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  const result = z.object({ queries: z.array(relevanceQuerySchema).min(1) }).strict().safeParse(parsed.data);
  if (!result.success) {
    const i = result.error.issues[0]!;
    throw new Error(`${file}, line ${parsed.lineOf(i.path as (string | number)[]) ?? '?'}: ${i.path.join('.')}: ${i.message}`);
  }
  result.data.queries.forEach((q, i) => {
    const unknown = q.needs.filter((n) => !needIds.includes(n));
    if (unknown.length > 0) throw new Error(`${file}, line ${parsed.lineOf(['queries', i]) ?? '?'}: "${unknown[0]}" is not a need in content/vocabularies/needs.yaml.`);
  });
  return result.data.queries;
}

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
}

export interface EngineFigures {
  queries: number;
  successAt3: number;
  zeroResultRate: number;
  outcomes: QueryOutcome[];
}

export interface Searcher {
  name: string;
  search(query: Query): { top: Ranked[]; total: number };
}

/** The embedded engine, built from the search set-up exactly as the site builds it. */
export function embeddedSearcher(setup: Pick<SearchSetup, 'docs' | 'words'>): Searcher {
  const json = buildEmbeddedIndex(setup.docs, setup.words);
  const index = loadEmbeddedIndex(JSON.stringify(json));
  return {
    name: 'Embedded engine',
    search(query) {
      const r = searchEmbedded(index, query);
      return { top: r.hits.map((h) => ({ serviceId: h.serviceId, name: h.name, needs: h.needs })), total: r.total };
    },
  };
}

/**
 * The baseline: the whole query as one case-insensitive substring of the name or the description, names
 * first, then directory order; nearest first when a postcode is given. The same filters as the engine.
 */
export function substringSearcher(docs: readonly SearchDocument[]): Searcher {
  return {
    name: 'Substring on name and description (baseline)',
    search(query) {
      const needle = query.q.trim().toLowerCase();
      const clauses = filterClauses(query);
      const hits = docs
        .map((d, i) => ({ d, i, inName: d.name.toLowerCase().includes(needle), inText: d.description.toLowerCase().includes(needle) }))
        .filter((h) => (h.inName || h.inText) && matchesAll(h.d, clauses))
        .map((h) => ({ ...h, miles: query.near && h.d._geo ? haversineMiles(query.near, h.d._geo) : Infinity }))
        .sort((a, b) => Number(b.inName) - Number(a.inName) || (query.near ? a.miles - b.miles : 0) || a.i - b.i);
      const seen = new Set<string>();
      const distinct = hits.filter((h) => !seen.has(h.d.serviceId) && seen.add(h.d.serviceId));
      return { top: distinct.slice(0, 3).map((h) => ({ serviceId: h.d.serviceId, name: h.d.name, needs: h.d.needs })), total: distinct.length };
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

export function evaluate(searcher: Searcher, queries: readonly RelevanceQuery[], ctx: QueryContext): EngineFigures {
  const outcomes = queries.map((rq): QueryOutcome => {
    const { top, total } = searcher.search(toQuery(rq, ctx));
    const top3 = top.slice(0, 3);
    return { query: rq, top: top3, total, success: top3.some((h) => h.needs.some((n) => rq.needs.includes(n))) };
  });
  const n = outcomes.length;
  return {
    queries: n,
    successAt3: outcomes.filter((o) => o.success).length / n,
    zeroResultRate: outcomes.filter((o) => o.total === 0).length / n,
    outcomes,
  };
}

export function runRelevance(contentDir = join(root, 'content')) {
  const setup = loadSearchSetup(contentDir, { root });
  const dir = setup.directory;
  const queries = loadRelevanceQueries(QUERIES_FILE, dir.vocab.needs.map((n) => n.id));
  return {
    listings: dir.listings.length,
    errors: dir.problems.filter((p) => p.severity === 'error').length,
    embedded: evaluate(embeddedSearcher(setup), queries, setup.ctx),
    baseline: evaluate(substringSearcher(setup.docs), queries, setup.ctx),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function relevanceReport(r: ReturnType<typeof runRelevance>, date = new Date(), commit = machine().commit): string {
  const { embedded, baseline } = r;
  const groups = ['parent', 'young-person', 'practitioner'] as const;
  const byWho = (f: EngineFigures, who: string) => {
    const os = f.outcomes.filter((o) => o.query.who === who);
    return `${pct(os.filter((o) => o.success).length / os.length)} of ${os.length}`;
  };
  const describe = (o: QueryOutcome) => {
    const filters = [o.query.age !== undefined ? `age ${o.query.age}` : '', o.query.postcode ? `near ${o.query.postcode}` : ''].filter(Boolean).join(', ');
    const top = o.top.length === 0 ? 'no results' : o.top.map((h) => `${h.name} [${h.needs.join(', ')}]`).join('; ');
    return `- "${o.query.q}"${filters ? ` (${filters})` : ''}: wants ${o.query.needs.join(' or ')}; top 3: ${top}`;
  };
  const failures = embedded.outcomes.filter((o) => !o.success);
  return [
    '# Relevance check',
    '',
    `Written by \`npm run relevance\` on ${date.toISOString().slice(0, 10)} at ${date.toISOString().slice(11, 16)} UTC at commit ${commit}, over the example directory (${r.listings} listings), with the ${embedded.queries} queries in tests/relevance/queries.yaml.`,
    '',
    'success@3: a service with one of the right needs is in the top 3. Zero results: the search found nothing.',
    `With a postcode, both searches keep services within ${POSTCODE_RADIUS} miles (and online or phone services).`,
    '',
    '| | success@3 | zero results | parents | young people | practitioners |',
    '|---|---|---|---|---|---|',
    ...[embedded, baseline].map((f, i) => `| ${i === 0 ? 'Embedded engine' : 'Substring on name and description (the DfE directory\'s approach)'} | ${pct(f.successAt3)} | ${pct(f.zeroResultRate)} | ${groups.map((g) => byWho(f, g)).join(' | ')} |`),
    '',
    `Targets: success@3 at least 90% and no zero-result queries on the embedded engine: ${embedded.successAt3 >= 0.9 && embedded.zeroResultRate === 0 ? 'met' : 'NOT met'}.`,
    '',
    `## Queries the embedded engine gets wrong (${failures.length})`,
    '',
    ...(failures.length === 0 ? ['None.'] : failures.map(describe)),
    '',
    `## Queries the baseline finds nothing for (${baseline.outcomes.filter((o) => o.total === 0).length})`,
    '',
    baseline.outcomes.filter((o) => o.total === 0).map((o) => `"${o.query.q}"`).join(', ') || 'None.',
    '',
  ].join('\n');
}

export const USAGE = `Score everyday queries (tests/relevance/queries.yaml) on the example directory; writes bench/relevance.md.

  npm run relevance`;

export function main(argv: string[], env: Env, io: Io = processIo): number {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === 'number') return args;
  const r = runRelevance();
  if (r.errors > 0) io.err(`Warning: ${r.errors} listing errors: those listings were left out. Run npm run validate.`);
  const report = relevanceReport(r, new Date(), machine(env).commit);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/relevance.md'), report);
  io.out(`Embedded engine: success@3 ${pct(r.embedded.successAt3)}, zero results ${pct(r.embedded.zeroResultRate)}.`);
  io.out(`Substring baseline: success@3 ${pct(r.baseline.successAt3)}, zero results ${pct(r.baseline.zeroResultRate)}.`);
  io.out('Wrote bench/relevance.md.');
  return 0;
}

await runMain(import.meta, main);
