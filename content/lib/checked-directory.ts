import { formatReport } from './format-problems.ts';
import { loadDirectory, type Directory, type LoadOptions } from './load-directory.ts';

/**
 * Load the directory, or stop when any listing has an error: a site or an index must never be built from a
 * directory that fails `npm run validate`, or a broken listing would silently disappear. The error carries
 * the validator's own report, so a provider sees one message wherever the check runs; `fail` lets each
 * caller say what was stopped and choose its error type.
 */
export function loadCheckedDirectory(options: LoadOptions, fail: (report: string) => Error): Directory {
  const dir = loadDirectory(options);
  if (dir.problems.some((p) => p.severity === 'error')) throw fail(formatReport(dir.problems, dir.filesChecked));
  return dir;
}
