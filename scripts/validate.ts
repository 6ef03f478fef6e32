/**
 * npm run validate [paths…]: check listings the way a pull request is checked.
 * Exit code 0 only when every file is valid (warnings do not fail). In GitHub Actions (GITHUB_ACTIONS=true)
 * each problem is also printed as an annotation, so it shows on the pull request at its file and line.
 */
import { resolve } from 'node:path';
import { runValidation } from '../content/lib/run-validation.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

export const USAGE = `Check listings the way a pull request is checked.

  npm run validate                                      every listing in content/listings
  npm run validate -- content/listings/<organisation>   some folders or files (each is listed)

Exit code 0 when every file is valid (warnings do not fail), 1 when any file has an error.`;

export function main(argv: string[], env: Env, io: Io = processIo, root = resolve(import.meta.dirname, '..')): number {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === 'number') return args;
  const run = runValidation({ root, paths: args.positionals, env });
  (run.exitCode === 2 ? io.err : io.out)(run.output);
  return run.exitCode;
}

await runMain(import.meta, main);
