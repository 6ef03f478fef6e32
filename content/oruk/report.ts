import { printableLine } from '../lib/printable.ts';
import type { FailedRecord } from './import-feed.ts';
import type { NoteKind } from './import-rules.ts';

/**
 * The import's report: counts by status, problems by kind (with the listings they are in), and what to do
 * next. The console gets a summary of at most 40 lines; `--report FILE` gets the same as JSON, with every path.
 */
export interface ListingOutcome {
  /** The file written (relative to the repository), or the file kept. */
  file: string;
  status: 'ready' | 'draft' | 'kept';
  notes: { kind: NoteKind; message: string; blocking: boolean }[];
  lapsed: boolean;
  urls: { given: number; kept: number };
}

export interface ImportReport {
  sources: string[];
  out: string;
  seconds: number;
  /** Set when no service could be placed in the council's area. */
  unplaced?: string;
  counts: { services: number; ready: number; draft: number; kept: number; failed: number; withoutId: number; lapsedOnArrival: number };
  urls: { given: number; kept: number; percentKept: number };
  problems: Record<string, { mustFix: number; checks: number; listings: string[]; examples: string[] }>;
  failed: FailedRecord[];
  fetchErrors: string[];
  skippedFiles: { file: string; reason: string }[];
  mapping?: { file: string; terms: number; added: number; unreviewed: number; problems: string[] };
}

export function buildReport(input: {
  sources: string[];
  out: string;
  seconds: number;
  unplaced?: string;
  outcomes: ListingOutcome[];
  failed: FailedRecord[];
  withoutId: number;
  fetchErrors: string[];
  skippedFiles: { file: string; reason: string }[];
  mapping?: ImportReport['mapping'];
}): ImportReport {
  const { outcomes } = input;
  const problems: ImportReport['problems'] = {};
  const blockingMessages = new Set<string>();
  for (const o of outcomes) {
    if (o.status === 'kept') continue;
    for (const n of o.notes) {
      const p = (problems[n.kind] ??= { mustFix: 0, checks: 0, listings: [], examples: [] });
      if (n.blocking) p.mustFix += 1;
      else p.checks += 1;
      if (!p.listings.includes(o.file)) p.listings.push(o.file);
      // Examples: each wording once (quoted values and numbers aside), the must-fix ones first.
      const shape = (m: string) => m.replace(/"[^"]*"/g, '""').replace(/\d+/g, '0');
      if (!p.examples.some((e) => shape(e) === shape(n.message))) {
        if (n.blocking) p.examples.splice(p.examples.filter((e) => blockingMessages.has(e)).length, 0, n.message);
        else p.examples.push(n.message);
        if (n.blocking) blockingMessages.add(n.message);
        p.examples.length = Math.min(p.examples.length, 3);
      }
    }
  }
  const given = outcomes.reduce((a, o) => a + o.urls.given, 0);
  const kept = outcomes.reduce((a, o) => a + o.urls.kept, 0);
  return {
    sources: input.sources,
    out: input.out,
    seconds: input.seconds,
    ...(input.unplaced ? { unplaced: input.unplaced } : {}),
    counts: {
      services: outcomes.length + input.failed.length,
      ready: outcomes.filter((o) => o.status === 'ready').length,
      draft: outcomes.filter((o) => o.status === 'draft').length,
      kept: outcomes.filter((o) => o.status === 'kept').length,
      failed: input.failed.length,
      withoutId: input.withoutId,
      lapsedOnArrival: outcomes.filter((o) => o.lapsed).length,
    },
    urls: { given, kept, percentKept: given === 0 ? 100 : Math.round((kept / given) * 1000) / 10 },
    problems,
    failed: input.failed,
    fetchErrors: input.fetchErrors,
    skippedFiles: input.skippedFiles,
    ...(input.mapping ? { mapping: input.mapping } : {}),
  };
}

/**
 * Untrusted text (feed values, file names, addresses) made safe to print, as the validator prints it (every
 * control, format and separator character shown as an escape, no line read as a workflow command), and cut
 * to a length that keeps the summary one line per item.
 */
export function printable(text: string, max = 160): string {
  const t = printableLine(String(text));
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
export const MAX_SUMMARY_LINES = 40;

/** The console summary: never more than 40 lines, whatever the feed. */
export function summaryLines(r: ImportReport, opts: { reportFile?: string } = {}): string[] {
  const c = r.counts;
  const lines: string[] = [];
  if (r.unplaced) lines.push(`WARNING: ${r.unplaced}`);
  lines.push(
    `Imported ${plural(c.services, 'service')} from ${r.sources.map((s) => printable(s, 80)).join(', ')} in ${r.seconds.toFixed(1)} s into ${printable(r.out, 80)}:`,
    `  ${c.ready} ready to review, ${plural(c.draft, 'draft')} to finish (file names starting with _), ${c.kept} kept because edited by hand, ${c.failed} could not be read.`,
    `  ${c.lapsedOnArrival} would be lapsed on arrival (assured too long ago); ${c.withoutId} had no id. Web addresses kept: ${r.urls.kept} of ${r.urls.given} (${r.urls.percentKept}%).`,
  );
  const section = (title: string, items: string[], room: number) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const i of items.slice(0, room)) lines.push(`  ${printable(i, 180)}`);
    if (items.length > room)
      lines.push(`  … and ${items.length - room} more${opts.reportFile ? ` in ${printable(opts.reportFile, 60)}` : ' (use --report FILE for all)'}.`);
  };
  section('Feed pages or records that could not be fetched', r.fetchErrors, 3);
  section(
    'Records not imported',
    r.failed.map(
      (f) => `${f.file}, record ${f.index + 1}${f.id ? ` (id ${JSON.stringify(f.id)})` : ''}${f.name ? ` "${f.name}"` : ''}: ${f.reason}.`,
    ),
    3,
  );
  const kinds = Object.entries(r.problems).sort(([, a], [, b]) => b.mustFix - a.mustFix || b.checks - a.checks);
  if (kinds.length) {
    lines.push('Problems by kind (must fix = the listing stays a draft until it is fixed):');
    const shown = kinds.slice(0, 12);
    // A second example for the kinds that keep listings as drafts, as far as the 40 lines allow.
    let spare = MAX_SUMMARY_LINES - lines.length - shown.length - (kinds.length > 12 ? 1 : 0) - 10;
    for (const [kind, p] of shown) {
      lines.push(
        `  ${kind.padEnd(12)} ${String(p.mustFix).padStart(5)} must fix, ${String(p.checks).padStart(5)} to check, in ${plural(p.listings.length, 'listing')}. E.g. ${printable(p.examples[0] ?? '', 110)}`,
      );
      if (p.mustFix > 0 && p.examples[1] && spare > 0) {
        lines.push(`  ${' '.repeat(12)} and ${printable(p.examples[1], 140)}`);
        spare -= 1;
      }
    }
    if (kinds.length > 12) lines.push(`  … and ${kinds.length - 12} more kinds.`);
  }
  if (r.mapping) {
    lines.push(
      `Needs mapping: ${printable(r.mapping.file, 80)} holds ${plural(r.mapping.terms, 'term')} (${r.mapping.added} new, ${r.mapping.unreviewed} not reviewed yet).`,
    );
    for (const p of r.mapping.problems.slice(0, 2)) lines.push(`  ${printable(p, 160)}`);
  }
  lines.push(
    'Next:',
    `  1. Check the needs mapping file${r.mapping ? '' : ' (written beside the listings)'}, set reviewed: true on each term, and run the import again.`,
    '  2. Open each draft (_*.yaml), fix every MUST FIX line at its top and delete the line, then make it ready:',
    '     npm run import:oruk -- --promote <path of the draft>',
    `  3. ${opts.reportFile ? `Every listing by kind of problem: ${printable(opts.reportFile, 80)}.` : 'For every listing by kind of problem, add --report FILE.'} Run npm run validate before a pull request.`,
  );
  return lines.slice(0, MAX_SUMMARY_LINES);
}
