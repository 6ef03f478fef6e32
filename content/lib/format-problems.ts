import type { Problem } from './problem.ts';

/**
 * The validator's report: one block per file, one plain-English line per problem with its line and field,
 * then a summary. Valid files are counted, not listed, so problems stand out.
 */
export function formatReport(problems: Problem[], filesChecked: number, elapsedMs?: number): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(([file, list]) => {
    const lines = list
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((p) => `  ${p.severity === 'error' ? 'Error' : 'Warning'}${p.line ? ` on line ${p.line}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
    return `${file}\n${lines.join('\n')}`;
  });
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

/** GitHub Actions workflow commands, so each problem shows on the pull request at its file and line. */
export function githubAnnotations(problems: Problem[]): string {
  return problems
    .map((p) => {
      const props = [`file=${p.file}`, p.line ? `line=${p.line}` : '', `title=${p.field || 'listing'}`].filter(Boolean).join(',');
      return `::${p.severity} ${props}::${escapeData(p.message)}`;
    })
    .join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
