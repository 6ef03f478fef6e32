/**
 * Engine parity beyond the contract: the everyday searches in queries.yaml run through the embedded engine and
 * a real Meilisearch over the EXAMPLE directory (content/), and the answers are compared: the totals, the top
 * result, and the needs of the top 3. Shared by the parity test and `npm run parity` (bench/parity.md).
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readDataFile } from '../../content/lib/data-file.ts';
import { loadSearchSetup, type SearchSetup } from '../../site/lib/search/load-setup.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../../site/lib/search/embedded-index.ts';
import { embeddedEngine, type SearchEngine } from '../../site/lib/search/engine.ts';
import { parseQuery } from '../../site/lib/search/query.ts';
import { searchUnderstood } from '../../site/lib/search/understand/plan.ts';
import type { SearchResults } from '../../site/lib/search/results.ts';
import { makeThrowawayIndex } from '../lib/throwaway-index.ts';
import type { SearchExample } from '../../content/schema/search-examples.ts';
import { loadQuerySet } from '../../scripts/relevance.ts';

const root = resolve(import.meta.dirname, '../..');
export const PARITY_TARGETS = { totals: 0.95, top: 0.9, needs: 0.97 } as const;

const entry = z.union([
  z
    .string()
    .min(1)
    .transform((q): { q: string; age?: number; postcode?: string } => ({ q })),
  z.object({ q: z.string().min(1), age: z.number().optional(), postcode: z.string().optional() }).strict(),
]);
const fileSchema = z.object({ tuning: z.array(entry).min(1), held_out: z.array(entry).min(1) }).strict();
export type ParityQuery = z.infer<typeof entry> & { half: 'tuning' | 'held-out' };

export function loadParityQueries(): ParityQuery[] {
  const file = readDataFile(join(root, 'tests/parity/queries.yaml'), fileSchema);
  return [...file.tuning.map((q) => ({ ...q, half: 'tuning' as const })), ...file.held_out.map((q) => ({ ...q, half: 'held-out' as const }))];
}

export interface ParityOutcome {
  query: ParityQuery;
  embedded: SearchResults;
  meilisearch: SearchResults;
  sameTotal: boolean;
  sameTop: boolean;
  sameNeeds: boolean;
  /** With `collectAll`, when the totals differ: the services only one engine found. */
  onlyEmbedded?: string[];
  onlyMeilisearch?: string[];
}

/** Needs covered by the top 3 results, sorted: what a family sees first, whatever the exact order. */
export const topNeeds = (r: SearchResults) => [...new Set(r.hits.slice(0, 3).flatMap((h) => h.needs))].sort();

export function compare(query: ParityQuery, embedded: SearchResults, meilisearch: SearchResults): ParityOutcome {
  const a = topNeeds(embedded);
  const b = topNeeds(meilisearch);
  return {
    query,
    embedded,
    meilisearch,
    sameTotal: embedded.total === meilisearch.total,
    sameTop: embedded.hits[0]?.serviceId === meilisearch.hits[0]?.serviceId,
    sameNeeds: a.length === b.length && a.every((n, i) => n === b[i]),
  };
}

export interface ParityRun {
  setup: SearchSetup;
  outcomes: ParityOutcome[];
}

/**
 * The relevance check's everyday searches (content/vocabularies/search-examples*.yaml and the held-out half in
 * tests/relevance/) as parity queries: written by other hands for another purpose, so a second, wider look at
 * whether the engines agree on searches nobody wrote for parity.
 */
export function relevanceParityQueries(needIds: readonly string[]): ParityQuery[] {
  const asParity = (half: ParityQuery['half']) => (e: SearchExample) => ({
    q: e.q,
    ...(e.age !== undefined ? { age: e.age } : {}),
    ...(e.postcode ? { postcode: e.postcode } : {}),
    half,
  });
  return [...loadQuerySet('tuning', needIds).map(asParity('tuning')), ...loadQuerySet('heldOut', needIds).map(asParity('held-out'))];
}

/**
 * Index the example directory into a throwaway Meilisearch index, run every query (queries.yaml unless given)
 * on both engines, delete the index.
 */
export async function runParity(
  host: string,
  masterKey: string,
  options: { collectAll?: boolean; queries?: ParityQuery[] } = {},
): Promise<ParityRun> {
  const setup = loadSearchSetup(join(root, 'content'), { root });
  const t = await makeThrowawayIndex({ host, masterKey }, 'parity', setup.settings, setup.docs);
  try {
    const embedded = embeddedEngine(() => loadEmbeddedIndex(buildEmbeddedIndex(setup.docs, setup.words)));
    const meili = t.engine;
    const outcomes: ParityOutcome[] = [];
    for (const query of options.queries ?? loadParityQueries()) {
      const params = new URLSearchParams({ q: query.q });
      if (query.age !== undefined) params.set('age', String(query.age));
      if (query.postcode) params.set('near', query.postcode);
      const { query: q, errors } = parseQuery(params, setup.ctx);
      if (errors.length > 0) throw new Error(`Parity query "${query.q}": ${errors.map((e) => e.message).join('; ')}`);
      // As the search page and the CLI search: through query understanding, on each engine.
      const outcome = compare(
        query,
        (await searchUnderstood(embedded, q, setup.understand)).results,
        (await searchUnderstood(meili, q, setup.understand)).results,
      );
      if (options.collectAll && !outcome.sameTotal) {
        // Every service each engine found, page by page (50 a page), to name the ones only one found.
        const all = async (engine: SearchEngine) => {
          const ids: string[] = [];
          for (let page = 1; ; page++) {
            const r = await engine.search({ ...q, page, size: 50 });
            ids.push(...r.hits.map((h) => h.serviceId));
            if (page >= r.totalPages) return ids;
          }
        };
        const [a, b] = [new Set(await all(embedded)), new Set(await all(meili))];
        outcome.onlyEmbedded = [...a].filter((id) => !b.has(id));
        outcome.onlyMeilisearch = [...b].filter((id) => !a.has(id));
      }
      outcomes.push(outcome);
    }
    return { setup, outcomes };
  } finally {
    await t.drop();
  }
}

export interface ParityFigures {
  queries: number;
  totals: number;
  top: number;
  needs: number;
}

export function figures(outcomes: ParityOutcome[]): ParityFigures {
  const share = (k: 'sameTotal' | 'sameTop' | 'sameNeeds') => outcomes.filter((o) => o[k]).length / outcomes.length;
  return { queries: outcomes.length, totals: share('sameTotal'), top: share('sameTop'), needs: share('sameNeeds') };
}

/**
 * Why two answers differ, as far as a script can tell from the outside: the services only one engine found,
 * or, with the same services, the order.
 */
export function reason(o: ParityOutcome, onlyEmbedded: string[], onlyMeilisearch: string[]): string {
  const parts: string[] = [];
  if (!o.sameTotal) {
    const sample = (ids: string[]) => ids.slice(0, 2).join(', ') + (ids.length > 2 ? ` and ${ids.length - 2} more` : '');
    if (onlyEmbedded.length) parts.push(`only the embedded engine finds ${sample(onlyEmbedded)}`);
    if (onlyMeilisearch.length) parts.push(`only Meilisearch finds ${sample(onlyMeilisearch)}`);
    if (!onlyEmbedded.length && !onlyMeilisearch.length) parts.push('the same services on the pages compared, different totals beyond them');
  } else if (!o.sameTop || !o.sameNeeds) {
    parts.push(
      'same services, different order: a ranking rule (typo, attributeRank or exactness) scores them differently on the two engines; both end on the same tie-break',
    );
  }
  return parts.join('; ');
}
