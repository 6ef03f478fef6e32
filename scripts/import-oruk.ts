/**
 * npm run import:oruk -- <file|folder|https://…/api>… [--out content/listings/imported] [--report FILE]
 *                        [--mapping FILE] [--force] [--verbose] [--no-details] [--concurrency N] [--timeout SECONDS]
 * npm run import:oruk -- --promote <draft>
 *
 * Brings a council's listings from its Open Referral UK feed (1.0 or 3.0; files, or the API by address) into
 * listing files an editor can finish. See docs/oruk.md. The work is done in content/oruk/; this file only reads
 * the command line, reads the feed and prints.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { todayIso } from '../content/lib/review.ts';
import { loadCouncil } from '../content/lib/vocabularies.ts';
import { fetchFeed } from '../content/oruk/fetch-feed.ts';
import type { FeedDocument } from '../content/oruk/import-feed.ts';
import { promoteDraft } from '../content/oruk/promote.ts';
import { printable, summaryLines } from '../content/oruk/report.ts';
import { runImport } from '../content/oruk/run-import.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const args = process.argv.slice(2).filter((a) => a !== '--');
const VALUED = ['--out', '--report', '--mapping', '--promote', '--concurrency', '--timeout'];
const value = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const flag = (f: string) => args.includes(f);
const inputs = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const usage = 'Say which feed to import, for example: npm run import:oruk -- feed/services.json --out content/listings/imported --report import-report.json';

for (const f of VALUED) {
  if (flag(f) && (value(f) === undefined || value(f)!.startsWith('--'))) {
    console.error(`${f} needs a value. ${usage}`);
    process.exit(2);
  }
}

const council = loadCouncil(contentDir);
const today = todayIso(process.env, council.review.as_of);

const promote = value('--promote');
if (promote) {
  const result = promoteDraft(promote, { contentDir, root, today });
  console.log(result.lines.join('\n'));
  process.exit(result.ok ? 0 : 1);
}
if (inputs.length === 0) {
  console.error(usage);
  process.exit(2);
}

const started = performance.now();
const problems: string[] = [];

function jsonFiles(p: string): string[] {
  if (!existsSync(p)) {
    problems.push(`${printable(p)} does not exist. Give a JSON file or a folder of JSON files from an ORUK feed, or the feed's web address.`);
    return [];
  }
  const st = lstatSync(p);
  if (st.isSymbolicLink()) {
    problems.push(`${printable(p)} is a symbolic link: give the file or folder itself.`);
    return [];
  }
  if (st.isFile()) return [p];
  if (!st.isDirectory()) {
    problems.push(`${printable(p)} is not a file or a folder.`);
    return [];
  }
  const found = readdirSync(p, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(p, e.name)) : e.isFile() && e.name.toLowerCase().endsWith('.json') ? [join(p, e.name)] : []));
  if (found.length === 0) problems.push(`${printable(p)} holds no .json files: give the folder of the feed's JSON files.`);
  return found;
}

function readJson(file: string): FeedDocument | undefined {
  const name = relative(root, file);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return { file: name, json: JSON.parse(text) as unknown };
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message)?.[1];
    // A page of HTML or text where JSON belongs fails at its first character.
    const first = text.search(/\S/);
    const line = /line (\d+)/.exec(message)?.[1] ?? (at ? text.slice(0, Number(at)).split('\n').length : first >= 0 && !/[[{]/.test(text[first]!) ? text.slice(0, first).split('\n').length : undefined);
    problems.push(`${printable(name)}${line ? ` line ${line}` : ''}: this is not valid JSON (${printable((e as Error).message, 100)}). Export the feed again as JSON; nothing was imported from this file.`);
    return undefined;
  }
}

const documents: FeedDocument[] = [];
const fetchErrors: string[] = [];
for (const input of inputs) {
  if (/^https?:\/\//i.test(input)) {
    const timeout = Number(value('--timeout') ?? 20);
    const result = await fetchFeed(input, {
      concurrency: Math.max(1, Math.min(16, Number(value('--concurrency') ?? 4) || 4)),
      timeoutMs: (Number.isFinite(timeout) && timeout > 0 ? timeout : 20) * 1000,
      details: !flag('--no-details'),
      onProgress: flag('--verbose') ? (l) => console.error(l) : undefined,
    });
    documents.push(...result.documents);
    fetchErrors.push(...result.errors);
  } else {
    for (const f of jsonFiles(resolve(input))) {
      const doc = readJson(f);
      if (doc) documents.push(doc);
    }
  }
}
for (const p of problems) console.error(p);
if (documents.length === 0) {
  console.error(`Nothing to import: ${fetchErrors.length ? fetchErrors.slice(0, 3).map((e) => printable(e, 200)).join(' ') : 'no feed document could be read.'}`);
  process.exit(problems.length || fetchErrors.length ? 1 : 2);
}

const out = resolve(value('--out') ?? join(root, 'content/listings/imported'));
const mapping = value('--mapping');
const { report, details } = runImport({
  documents,
  out,
  root,
  contentDir,
  force: flag('--force'),
  ...(mapping ? { mappingFile: resolve(mapping) } : {}),
  sources: inputs,
  fetchErrors,
  today,
  started,
});
const reportFile = value('--report');
if (reportFile) writeFileSync(resolve(reportFile), `${JSON.stringify(report, null, 2)}\n`);
if (flag('--verbose')) console.log(details.map((d) => printable(d, 400)).join('\n'));
console.log(summaryLines(report, reportFile ? { reportFile } : {}).join('\n'));
process.exit(problems.length > 0 || fetchErrors.length > 0 || report.counts.failed > 0 ? 1 : 0);
