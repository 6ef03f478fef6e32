/**
 * npm run report:freshness [-- --json | --csv]: which listings are past their review date, by organisation,
 * and the share of listings and of organisations within their review interval. A report, not a gate:
 * it exits 0 whatever it finds.
 */
import { resolve } from 'node:path';
import { freshnessReport } from '../content/lib/freshness.ts';
import { freshnessCsv, freshnessText } from '../content/lib/freshness-format.ts';
import { loadDirectory } from '../content/lib/load-directory.ts';
import { todayIso } from '../content/lib/review.ts';
import { loadCouncil } from '../content/lib/vocabularies.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');

export const USAGE = `Which listings are past their review date, by organisation.

  npm run report:freshness              plain text
  npm run report:freshness -- --json    the same figures as JSON
  npm run report:freshness -- --csv     one row per listing, for a spreadsheet
  --content <folder>                    the content folder (default: content)`;

export function main(argv: string[], env: Env, io: Io = processIo): number {
  const args = parseCli(argv, { json: { type: 'boolean' }, csv: { type: 'boolean' }, content: { type: 'string', default: 'content' } }, USAGE, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length > 0 || (args.values.json && args.values.csv)) {
    io.err(`Give --json or --csv (or neither), nothing else.\n\n${USAGE}`);
    return 2;
  }
  const contentDir = resolve(root, args.values.content);
  // FIS_TODAY fixes the day, for reproducible reports.
  const today = todayIso(env, loadCouncil(contentDir).review.as_of);
  const report = freshnessReport(loadDirectory({ contentDir, root, today }));
  if (args.values.json) io.out(JSON.stringify(report, null, 2));
  else if (args.values.csv) io.out(freshnessCsv(report));
  else io.out(freshnessText(report));
  return 0;
}

await runMain(import.meta, main);
