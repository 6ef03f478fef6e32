/**
 * npm run import:oruk -- <file|folder|https://…/api>… [--out DIR] [--report FILE] [--mapping FILE] [--force]
 * npm run import:oruk -- --promote <draft>
 *
 * Brings a council's listings in from its Open Referral UK feed (1.0 or 3.0; files, or the API by address)
 * as listing files an editor can finish. See docs/oruk.md. The work is done in content/oruk/; this file only
 * reads the command line, reads the feed and prints.
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
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

export const USAGE = `Bring listings in from an Open Referral UK feed (1.0 or 3.0), as files or from the API.

  npm run import:oruk -- <file, folder or https://…/api>… [options]
  npm run import:oruk -- --promote <draft>      make a finished draft ready (it must pass the validator)

  --out <folder>        where listings go (default: content/listings/imported)
  --report <file>       write the report as JSON: counts, and every listing by kind of problem
  --mapping <file>      the feed's needs mapping file (default: <out>/_needs-mapping.yaml)
  --force               replace listings edited by hand
  --verbose             print every listing's list of things to fix and check
  --no-details          from an API: read the list pages only, not each service's own record
  --concurrency <n>     from an API: requests at once (default 4)
  --timeout <seconds>   from an API: how long to wait for each answer (default 20)

Exit code 0 when everything was read, 1 when a file, page or record could not be, 2 for a wrong command.
Example: npm run import:oruk -- https://example.org/api --out content/listings/imported --report import-report.json`;

const OPTIONS = {
  out: { type: 'string' },
  report: { type: 'string' },
  mapping: { type: 'string' },
  promote: { type: 'string' },
  force: { type: 'boolean' },
  verbose: { type: 'boolean' },
  'no-details': { type: 'boolean' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** The JSON documents of the files and folders given, and a plain line for each that could not be read. */
function readInputs(paths: string[], root: string): { documents: FeedDocument[]; problems: string[] } {
  const documents: FeedDocument[] = [];
  const problems: string[] = [];
  const jsonFiles = (p: string): string[] => {
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
  };
  for (const file of paths.flatMap((p) => jsonFiles(resolve(p)))) {
    const name = relative(root, file);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    try {
      documents.push({ file: name, json: JSON.parse(text) as unknown });
    } catch (e) {
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message)?.[1];
      // A page of HTML or text where JSON belongs fails at its first character.
      const first = text.search(/\S/);
      const line =
        /line (\d+)/.exec(message)?.[1] ??
        (at
          ? text.slice(0, Number(at)).split('\n').length
          : first >= 0 && !/[[{]/.test(text[first]!)
            ? text.slice(0, first).split('\n').length
            : undefined);
      problems.push(
        `${printable(name)}${line ? ` line ${line}` : ''}: this is not valid JSON (${printable(message, 100)}). Export the feed again as JSON; nothing was imported from this file.`,
      );
    }
  }
  return { documents, problems };
}

export async function main(argv: string[], env: Env, io: Io = processIo, root = resolve(import.meta.dirname, '..')): Promise<number> {
  const args = parseCli(argv, OPTIONS, USAGE, io);
  if (typeof args === 'number') return args;
  const o = args.values;
  const contentDir = join(root, 'content');
  const today = todayIso(env, loadCouncil(contentDir).review.as_of);

  if (o.promote !== undefined) {
    const result = promoteDraft(o.promote, { contentDir, root, today });
    (result.ok ? io.out : io.err)(result.lines.join('\n'));
    return result.ok ? 0 : 1;
  }
  if (args.positionals.length === 0) {
    io.err(`Say which feed to import.\n\n${USAGE}`);
    return 2;
  }

  const started = performance.now();
  const documents: FeedDocument[] = [];
  const problems: string[] = [];
  const fetchErrors: string[] = [];
  const timeout = Number(o.timeout ?? 20);
  const concurrency = Number(o.concurrency ?? 4);
  for (const input of args.positionals) {
    if (/^https?:\/\//i.test(input)) {
      const result = await fetchFeed(input, {
        concurrency: Number.isInteger(concurrency) ? Math.max(1, Math.min(16, concurrency)) : 4,
        timeoutMs: (Number.isFinite(timeout) && timeout > 0 ? timeout : 20) * 1000,
        details: !o['no-details'],
        ...(o.verbose ? { onProgress: (l: string) => io.err(l) } : {}),
      });
      documents.push(...result.documents);
      fetchErrors.push(...result.errors);
    } else {
      const read = readInputs([input], root);
      documents.push(...read.documents);
      problems.push(...read.problems);
    }
  }
  for (const p of problems) io.err(p);
  if (documents.length === 0) {
    io.err(
      `Nothing to import: ${
        fetchErrors.length
          ? fetchErrors
              .slice(0, 3)
              .map((e) => printable(e, 200))
              .join(' ')
          : 'no feed document could be read.'
      }`,
    );
    return 1;
  }

  const { report, details } = runImport({
    documents,
    out: resolve(o.out ?? join(root, 'content/listings/imported')),
    root,
    contentDir,
    force: o.force === true,
    ...(o.mapping ? { mappingFile: resolve(o.mapping) } : {}),
    sources: args.positionals,
    fetchErrors,
    today,
    started,
  });
  if (o.report) writeFileSync(resolve(o.report), `${JSON.stringify(report, null, 2)}\n`);
  if (o.verbose) io.out(details.map((d) => printable(d, 400)).join('\n'));
  io.out(summaryLines(report, o.report ? { reportFile: o.report } : {}).join('\n'));
  return problems.length > 0 || fetchErrors.length > 0 || report.counts.failed > 0 ? 1 : 0;
}

await runMain(import.meta, main);
