/**
 * npm run validate [paths…]: check listings the way a pull request is checked.
 * Exit code 0 only when every file is valid (warnings do not fail).
 */
import { resolve } from 'node:path';
import { formatReport, githubAnnotations } from '../content/lib/format-problems.ts';
import { loadDirectory } from '../content/lib/load-directory.ts';
import { existsSync } from 'node:fs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const missing = args.filter((a) => !existsSync(a));
if (missing.length > 0) {
  console.error(`Cannot find ${missing.join(', ')}. Give paths to listing files or folders, for example content/listings/my-organisation.`);
  process.exit(2);
}
const started = performance.now();
const dir = loadDirectory({ contentDir: resolve(root, 'content'), root, paths: args.map((a) => resolve(a)) });
const elapsed = performance.now() - started;
if (process.env.GITHUB_ACTIONS === 'true' && dir.problems.length > 0) console.log(githubAnnotations(dir.problems));
console.log(formatReport(dir.problems, dir.filesChecked, elapsed));
process.exit(dir.problems.some((p) => p.severity === 'error') ? 1 : 0);
