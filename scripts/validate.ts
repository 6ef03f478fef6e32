/**
 * npm run validate [paths…]: check listings the way a pull request is checked.
 * Exit code 0 only when every file is valid (warnings do not fail). In GitHub Actions (GITHUB_ACTIONS=true)
 * each problem is also printed as an annotation, so it shows on the pull request at its file and line.
 */
import { resolve } from 'node:path';
import { runValidation } from '../content/lib/run-validation.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.some((a) => a.startsWith('-'))) {
  console.log(`Check listings the way a pull request is checked.

  npm run validate                                      every listing in content/listings
  npm run validate -- content/listings/<organisation>   some folders or files (each is listed)

Exit code 0 when every file is valid (warnings do not fail), 1 when any file has an error.`);
  process.exit(args.every((a) => a === '--help' || a === '-h') ? 0 : 2);
}
const paths = args;
const run = runValidation({ root, paths });
(run.exitCode === 2 ? console.error : console.log)(run.output);
process.exit(run.exitCode);
