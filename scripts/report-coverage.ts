/**
 * npm run report:coverage [--json|--csv]
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

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const unknown = args.filter((a) => a !== '--json' && a !== '--csv');
if (unknown.length > 0 || args.length > 1) {
  console.error(`Use npm run report:coverage, or add --csv or --json (one of them). Not understood: ${unknown.join(' ') || args.join(' ')}`);
  process.exit(2);
}
const started = performance.now();
const { report, directory } = loadCoverage(resolve(root, 'content'), { root });
const asOf = todayIso(process.env, directory.council.review.as_of);

if (args[0] === '--csv') process.stdout.write(coverageCsv(report));
else if (args[0] === '--json') console.log(JSON.stringify(coverageJson(report, { generated: asOf, directory: directory.council.directory_name }), null, 2));
else {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const needWidth = Math.max(...report.needs.map((n) => n.label.length), 4);
  const lines = [
    `Coverage of ${directory.council.directory_name}, as of ${asOf}: active services a family in each locality would find.`,
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
  console.log(lines.join('\n'));
}
