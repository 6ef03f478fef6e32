/**
 * npm run parity: the engine parity suite's figures and every difference, written to bench/parity.md.
 * Needs a Meilisearch server: MEILI_URL and MEILI_MASTER_KEY (a throwaway index is made and deleted).
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=… npm run parity
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadVocabularies } from '../content/lib/vocabularies.ts';
import { figures, PARITY_TARGETS, type ParityOutcome, reason, relevanceParityQueries, runParity } from '../tests/parity/parity.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');

export function parityMarkdown(
  outcomes: ParityOutcome[],
  onlyIn: (o: ParityOutcome) => [string[], string[]],
  everyday: ParityOutcome[] = [],
): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const row = (label: string, os: ParityOutcome[]) => {
    const f = figures(os);
    return `| ${label} | ${f.queries} | ${pct(f.totals)} | ${pct(f.top)} | ${pct(f.needs)} |`;
  };
  // The figures for all the queries and for each half.
  const table = (os: ParityOutcome[]) => [
    '| Queries | Count | Same totals | Same top | Same needs in top 3 |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('all', os),
    ...(['tuning', 'held-out'] as const).map((half) =>
      row(
        half,
        os.filter((o) => o.query.half === half),
      ),
    ),
  ];
  const differs = (o: ParityOutcome) => !o.sameTotal || !o.sameTop || !o.sameNeeds;
  const diffs = outcomes.filter(differs);
  const lines = [
    '# Engine parity: the embedded engine and Meilisearch on everyday searches',
    '',
    'Written by `npm run parity` (scripts/parity-report.ts) from tests/parity/queries.yaml over the example directory,',
    'against a real Meilisearch. "Totals": both found the same number of services. "Top": the same first result.',
    '"Needs": the first three results cover the same needs.',
    `Targets (issue 9): totals ${pct(PARITY_TARGETS.totals)}, top ${pct(PARITY_TARGETS.top)}, needs ${pct(PARITY_TARGETS.needs)}.`,
    '',
    ...table(outcomes),
    '',
    `## Every difference (${diffs.length})`,
    '',
    '| Query | Half | Totals (embedded / Meilisearch) | Top | Needs | Reason |',
    '| --- | --- | --- | --- | --- | --- |',
    ...diffs.map((o) => {
      const q = [o.query.q, o.query.age !== undefined && `age ${o.query.age}`, o.query.postcode && `near ${o.query.postcode}`]
        .filter(Boolean)
        .join(', ');
      const [a, b] = onlyIn(o);
      return `| ${q.replace(/\|/g, '\\|')} | ${o.query.half} | ${o.embedded.total} / ${o.meilisearch.total} | ${o.sameTop ? 'same' : 'differs'} | ${o.sameNeeds ? 'same' : 'differ'} | ${reason(o, a, b)} |`;
    }),
    '',
  ];
  if (everyday.length > 0) {
    const tuningDiffs = everyday.filter((o) => o.query.half === 'tuning' && differs(o));
    lines.push(
      "## The relevance check's everyday searches",
      '',
      'The same comparison over every search in the relevance check (content/vocabularies/search-examples*.yaml and',
      'tests/relevance/held-out*.yaml): written by other hands to measure ranking, not parity, so a wider look at',
      'whether the engines agree. Differences are listed for the tuning half only; the held-out half shows figures.',
      '',
      ...table(everyday),
      '',
      `Differences in the tuning half (${tuningDiffs.length}):`,
      '',
      ...tuningDiffs.map(
        (o) =>
          `- ${o.query.q}: totals ${o.embedded.total} / ${o.meilisearch.total}, top ${o.sameTop ? 'same' : 'differs'}, needs ${o.sameNeeds ? 'same' : 'differ'}`,
      ),
      '',
    );
  }
  return lines.join('\n');
}

export const USAGE = `Usage: npm run parity

Compares the embedded engine and Meilisearch on tests/parity/queries.yaml, and on the relevance check's
everyday searches, and writes bench/parity.md.
Needs a Meilisearch server: MEILI_URL and MEILI_MASTER_KEY (a throwaway index is made and deleted).`;

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const parsed = parseCli(argv, {}, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const host = env.MEILI_URL;
  const key = env.MEILI_MASTER_KEY;
  if (!host || !key) {
    io.err(`npm run parity needs a Meilisearch server: set MEILI_URL and MEILI_MASTER_KEY.\n\n${USAGE}`);
    return 2;
  }
  const { outcomes } = await runParity(host, key, { collectAll: true });
  const needIds = loadVocabularies(join(root, 'content')).needs.map((n) => n.id);
  const { outcomes: everyday } = await runParity(host, key, { queries: relevanceParityQueries(needIds) });
  writeFileSync(
    join(root, 'bench/parity.md'),
    parityMarkdown(outcomes, (o) => [o.onlyEmbedded ?? [], o.onlyMeilisearch ?? []], everyday),
  );
  const say = (label: string, os: ParityOutcome[]) => {
    const f = figures(os);
    io.out(
      `${label}: ${f.queries} queries: same totals ${(f.totals * 100).toFixed(1)}%, same top ${(f.top * 100).toFixed(1)}%, same needs in top 3 ${(f.needs * 100).toFixed(1)}%`,
    );
  };
  say('Parity set', outcomes);
  say('Relevance check searches', everyday);
  io.out('Wrote bench/parity.md');
  return 0;
}

await runMain(import.meta, main);
