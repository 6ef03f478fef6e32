/**
 * npm run report:coverage [-- --json | --csv]
 *
 * For every need in every locality: how many active services a family there would find in search, by level
 * of need and age band, and the gaps. Plain text by default; --csv and --json print the same figures as the
 * downloads on /reports/coverage/.
 */
import { resolve } from 'node:path';
import { AGE_BANDS } from '../site/lib/search/coverage/age-bands.ts';
import { coverageCsv, coverageJson } from '../site/lib/search/coverage/coverage-files.ts';
import { describeGap } from '../site/lib/search/coverage/describe-gap.ts';
import { loadCoverage } from '../site/lib/search/coverage/load-coverage.ts';
import { todayIso } from '../content/lib/review.ts';
import { loadCouncil } from '../content/lib/vocabularies.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');

export const USAGE = `For every need in every locality: how many active services a family there would find, and the gaps.

  npm run report:coverage              plain text
  npm run report:coverage -- --csv     every figure, one row per need and locality (as /reports/coverage/)
  npm run report:coverage -- --json    the same figures as JSON
  --content <folder>                   the content folder (default: content)`;

export function main(argv: string[], env: Env, io: Io = processIo): number {
  const args = parseCli(argv, { json: { type: 'boolean' }, csv: { type: 'boolean' }, content: { type: 'string', default: 'content' } }, USAGE, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length > 0 || (args.values.json && args.values.csv)) {
    io.err(`Give --csv or --json (or neither), nothing else.\n\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const contentDir = resolve(root, args.values.content);
  const today = todayIso(env, loadCouncil(contentDir).review.as_of);
  const { report, directory } = loadCoverage(contentDir, { root, today });

  if (args.values.csv) io.out(coverageCsv(report));
  else if (args.values.json) io.out(JSON.stringify(coverageJson(report, { generated: today, directory: directory.council.directory_name }), null, 2));
  else {
    const pad = (s: string | number, n: number) => String(s).padStart(n);
    const needWidth = Math.max(...report.needs.map((n) => n.label.length), 4);
    const lines = [
      `Coverage of ${directory.council.directory_name}, as of ${today}: active services a family in each locality would find.`,
      '',
      `${'Need'.padEnd(needWidth)} ${report.localities.map((l) => pad(l.name, 8)).join(' ')} ${pad('Borough', 8)}`,
      ...report.needs.map((n) => {
        const row = report.localities.map((l) => pad(report.cells.find((c) => c.need === n.id && c.locality === l.id)!.services, 8));
        return `${n.label.padEnd(needWidth)} ${row.join(' ')} ${pad(report.boroughTotals[n.id] ?? 0, 8)}`;
      }),
      '',
      `Age bands: ${AGE_BANDS.map((b) => b.label).join(', ')}. Levels: ${report.levels.join(', ')}. Use --csv for every figure.`,
      '',
      `Gaps (${report.gaps.length}):`,
      ...report.localities.flatMap((l) => {
        const gaps = report.gaps.filter((g) => g.locality === l.id);
        return [`  ${l.name} (${gaps.length}):`, ...gaps.map((g) => `    - ${describeGap(g, report)}`)];
      }),
      '',
      `Counted with the site's search over ${directory.listings.length} listings in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
    ];
    io.out(lines.join('\n'));
  }
  return 0;
}

await runMain(import.meta, main);
