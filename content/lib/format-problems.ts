import type { Problem } from './problem.ts';

/**
 * The validator's report: one block per file, one plain-English line per problem with its line and field,
 * then a summary. Valid files are counted, not listed, so problems stand out.
 */
export function formatReport(problems: Problem[], filesChecked: number, elapsedMs?: number, options: ReportOptions = {}): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(([file, list]) => {
    const lines = list
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((p) => `  ${p.severity === 'error' ? 'Error' : 'Warning'}${p.line ? ` on line ${p.line}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
    return `${file}\n${lines.join('\n')}`;
  });
  // A provider checking their own few files wants to see each one is fine; a whole directory just the count.
  const withErrors = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const validList = (options.validFiles ?? []).filter((f) => !withErrors.has(f));
  if (validList.length > 0) blocks.push(`Valid:\n${validList.map((f) => `  ${f}`).join('\n')}`);
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
}

/** GitHub Actions workflow commands, so each problem shows on the pull request at its file and line. */
export function githubAnnotations(problems: Problem[]): string {
  return problems
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`, p.line ? `line=${p.line}` : '', `title=${escapeProperty(p.field || 'listing')}`].filter(Boolean).join(',');
      return `::${p.severity} ${props}::${escapeData(p.message)}`;
    })
    .join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts: properties also escape : and ,
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
