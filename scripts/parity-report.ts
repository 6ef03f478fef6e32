/**
 * npm run parity: the engine parity suite's figures and every difference, written to bench/parity.md.
 * Needs a Meilisearch server: MEILI_URL and MEILI_MASTER_KEY (a throwaway index is made and deleted).
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=… npm run parity
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { figures, PARITY_TARGETS, type ParityOutcome, reason, runParity } from '../tests/parity/parity.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');

export function parityMarkdown(outcomes: ParityOutcome[], onlyIn: (o: ParityOutcome) => [string[], string[]]): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const row = (label: string, os: ParityOutcome[]) => {
    const f = figures(os);
    return `| ${label} | ${f.queries} | ${pct(f.totals)} | ${pct(f.top)} | ${pct(f.needs)} |`;
  };
  const diffs = outcomes.filter((o) => !o.sameTotal || !o.sameTop || !o.sameNeeds);
  const lines = [
    '# Engine parity: the embedded engine and Meilisearch on everyday searches',
    '',
    'Written by `npm run parity` (scripts/parity-report.ts) from tests/parity/queries.yaml over the example directory,',
    'against a real Meilisearch. "Totals": both found the same number of services. "Top": the same first result.',
    '"Needs": the first three results cover the same needs.',
    `Targets (issue 9): totals ${pct(PARITY_TARGETS.totals)}, top ${pct(PARITY_TARGETS.top)}, needs ${pct(PARITY_TARGETS.needs)}.`,
    '',
    '| Queries | Count | Same totals | Same top | Same needs in top 3 |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('all', outcomes),
    row(
      'tuning',
      outcomes.filter((o) => o.query.half === 'tuning'),
    ),
    row(
      'held-out',
      outcomes.filter((o) => o.query.half === 'held-out'),
    ),
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
  return lines.join('\n');
}

export const USAGE = `Usage: npm run parity

Compares the embedded engine and Meilisearch on tests/parity/queries.yaml and writes bench/parity.md.
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
  writeFileSync(
    join(root, 'bench/parity.md'),
    parityMarkdown(outcomes, (o) => [o.onlyEmbedded ?? [], o.onlyMeilisearch ?? []]),
  );
  const f = figures(outcomes);
  io.out(
    `${f.queries} queries: same totals ${(f.totals * 100).toFixed(1)}%, same top ${(f.top * 100).toFixed(1)}%, same needs in top 3 ${(f.needs * 100).toFixed(1)}%`,
  );
  io.out('Wrote bench/parity.md');
  return 0;
}

await runMain(import.meta, main);
