/**
 * npm run report:freshness [--json] [--csv]: which listings are past their review date, by organisation,
 * and the share of listings and of organisations within their review interval. A report, not a gate:
 * it exits 0 whatever it finds.
 */
import { resolve } from 'node:path';
import { freshnessReport } from '../content/lib/freshness.ts';
import { freshnessCsv, freshnessText } from '../content/lib/freshness-format.ts';
import { loadDirectory } from '../content/lib/load-directory.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--json' && a !== '--csv' && a !== '--');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Use npm run report:freshness, or add -- --json or -- --csv.`);
  process.exit(2);
}
const report = freshnessReport(loadDirectory({ contentDir: resolve(root, 'content'), root }));
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else if (args.includes('--csv')) process.stdout.write(freshnessCsv(report));
else console.log(freshnessText(report));
