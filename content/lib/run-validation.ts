import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, githubAnnotations } from './format-problems.ts';
import { loadDirectory, type Directory } from './load-directory.ts';
import { printable } from './printable.ts';

export interface ValidationRun {
  /** What the command prints: annotations (in GitHub Actions), then the report. */
  output: string;
  /** 0 when every file is valid (warnings do not fail), 1 when any has an error, 2 for a bad command line. */
  exitCode: number;
  directory?: Directory;
}

export interface ValidationOptions {
  /** Repository root: content/ is found here, and file paths are shown relative to it. */
  root: string;
  /** Listing files or folders (relative to cwd or absolute); all of content/listings when empty. */
  paths: string[];
  env?: Record<string, string | undefined>;
  /** YYYY-MM-DD, for repeatable runs; otherwise FIS_TODAY, the council's as_of, or today. */
  today?: string;
  /** Leave the timing out of the report (for snapshot tests). */
  timed?: boolean;
}

/** `npm run validate` without the process: what it prints and the exit code it would end with. */
export function runValidation(options: ValidationOptions): ValidationRun {
  const env = options.env ?? process.env;
  // lstat, so a link that leads nowhere is reported as a link (by the check) rather than as missing.
  const missing = options.paths.filter((a) => !exists(a));
  if (missing.length > 0) {
    return {
      output: `Cannot find ${missing.map(printable).join(', ')}. Give paths to listing files or folders, for example content/listings/my-organisation.`,
      exitCode: 2,
    };
  }
  const started = performance.now();
  let directory: Directory;
  try {
    directory = loadDirectory({
      contentDir: resolve(options.root, 'content'),
      root: options.root,
      paths: options.paths.map((a) => resolve(a)),
      ...(options.today ? { today: options.today } : {}),
    });
  } catch (error) {
    // Only the council's own files (council.yaml, vocabularies, postcodes) stop the whole check: say which, plainly.
    const message = error instanceof Error ? error.message : String(error);
    const lines = message.split('\n').map((l) => `  ${printable(l.trim())}`);
    return {
      output: `The council's settings or vocabularies could not be read, so no listing was checked. Fix this first:\n${lines.join('\n')}`,
      exitCode: 1,
    };
  }
  const elapsed = options.timed === false ? undefined : performance.now() - started;
  const parts: string[] = [];
  if (env.GITHUB_ACTIONS === 'true' && directory.problems.length > 0) parts.push(githubAnnotations(directory.problems));
  // Named files are listed as valid too, so a provider sees their own file was checked.
  const validFiles = options.paths.length > 0 ? directory.files : [];
  parts.push(formatReport(directory.problems, directory.filesChecked, elapsed, { validFiles, drafts: directory.drafts.length }));
  return { output: parts.join('\n'), exitCode: directory.problems.some((p) => p.severity === 'error') ? 1 : 0, directory };
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
