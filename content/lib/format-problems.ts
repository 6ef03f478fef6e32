import { annotationData, annotationProperty, printable, printableLine } from './printable.ts';
import type { Problem } from './problem.ts';

/** More than this many problems in one file are summed up in one line: the first ones are the ones to fix. */
export const MAX_PROBLEMS_SHOWN_PER_FILE = 20;

/**
 * The validator's report: one block per file, one plain-English line per problem with its line and field,
 * then a summary. Valid files are counted, not listed, so problems stand out.
 *
 * File names, fields and messages (which quote what a file says) are untrusted: every one goes through
 * printable(), so nothing a file contains can start a line of the report or act on the terminal.
 */
export function formatReport(problems: Problem[], filesChecked: number, elapsedMs?: number, options: ReportOptions = {}): string {
  const blocks = [...byFile(problems)].map(([file, list]) => {
    const shown = list.slice(0, MAX_PROBLEMS_SHOWN_PER_FILE);
    const lines = shown.map(
      (p) =>
        `  ${p.severity === 'error' ? 'Error' : 'Warning'}${p.line ? ` on line ${p.line}` : ''}${p.field ? ` (${printable(p.field)})` : ''}: ${printable(p.message)}`,
    );
    const more = list.length - shown.length;
    if (more > 0) lines.push(`  …and ${plural(more, 'more problem')} in this file. Fix the ones above, then check again.`);
    return `${printableLine(file)}\n${lines.join('\n')}`;
  });
  // A provider checking their own few files wants to see each one is fine; a whole directory just the count.
  const withErrors = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const validList = (options.validFiles ?? []).filter((f) => !withErrors.has(f));
  if (validList.length > 0) blocks.push(`Valid:\n${validList.map((f) => `  ${printable(f)}`).join('\n')}`);
  if (options.drafts) {
    blocks.push(
      `Skipped ${plural(options.drafts, 'draft')} (file names starting with _): drafts are not checked or published. Remove the _ from a file name when its listing is ready.`,
    );
  }
  const errors = problems.filter((p) => p.severity === 'error');
  const filesWithErrors = new Set(errors.map((p) => p.file)).size;
  const warnings = problems.length - errors.length;
  const valid = filesChecked - filesWithErrors;
  const time = elapsedMs === undefined ? '' : ` in ${(elapsedMs / 1000).toFixed(2)} s`;
  const summary =
    errors.length === 0
      ? `All ${filesChecked} listing${filesChecked === 1 ? ' is' : 's are'} valid${warnings ? ` (${plural(warnings, 'warning')} to look at)` : ''}. Checked${time}.`
      : `${plural(errors.length, 'error')} in ${plural(filesWithErrors, 'file')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}. ${valid} of ${filesChecked} listings are valid. Checked${time}.`;
  return [...blocks, summary].join('\n\n');
}

export interface ReportOptions {
  /** Files to list as valid (when they have no errors), for runs over a few named files. */
  validFiles?: string[];
  /** How many draft files (names starting with _) were skipped. */
  drafts?: number;
}

/**
 * GitHub Actions workflow commands, so each problem shows on the pull request at its file and line. Capped per
 * file like the report; the count of the rest is one more annotation.
 */
export function githubAnnotations(problems: Problem[]): string {
  const out: string[] = [];
  for (const [file, list] of byFile(problems)) {
    const shown = list.slice(0, MAX_PROBLEMS_SHOWN_PER_FILE);
    for (const p of shown) {
      const props = [`file=${annotationProperty(p.file)}`, p.line ? `line=${p.line}` : '', `title=${annotationProperty(p.field || 'listing')}`]
        .filter(Boolean)
        .join(',');
      out.push(`::${p.severity} ${props}::${annotationData(p.message)}`);
    }
    const more = list.length - shown.length;
    if (more > 0)
      out.push(`::error file=${annotationProperty(file)},title=listing::${annotationData(`…and ${plural(more, 'more problem')} in this file.`)}`);
  }
  return out.join('\n');
}

/** Problems grouped by file (first-seen order), each file's in line order. */
function byFile(problems: Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = groups.get(p.file);
    if (list) list.push(p);
    else groups.set(p.file, [p]);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return groups;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
