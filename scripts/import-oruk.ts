/**
 * npm run import:oruk <file|folder>… [--out content/listings/imported] [--force]
 *
 * Turns an Open Referral UK feed export (3.0 JSON, or 1.0 where easy: one service, a page, or a folder of
 * them) into listing files an editor can finish. Listings that pass the validator are written as
 * `<out>/<organisation>/<service>.yaml`; those that still need a person (no postcode, no category…) are
 * written as drafts, `_<service>.yaml`, which the validator and the site skip until an editor fixes the
 * problems listed at the top of the file and removes the underscore. Files edited by hand are never
 * overwritten without --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadDirectory } from '../content/lib/load-directory.ts';
import { loadPostcodesIn } from '../content/lib/postcodes.ts';
import { todayIso } from '../content/lib/review.ts';
import { loadCouncil, loadVocabularies } from '../content/lib/vocabularies.ts';
import { importFeed } from '../content/oruk/import-feed.ts';
import { renderListingFile, untouchedSinceImport } from '../content/oruk/listing-file.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const force = args.includes('--force');
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : join(root, 'content/listings/imported'));
const inputs = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));

if (inputs.length === 0) {
  console.error('Say which feed to import, for example: npm run import:oruk -- feed/services.json [--out content/listings/imported] [--force]');
  process.exit(2);
}

const jsonFiles = (p: string): string[] => {
  if (!existsSync(p)) {
    console.error(`${p} does not exist. Give a JSON file or a folder of JSON files from an ORUK feed.`);
    process.exit(2);
  }
  if (statSync(p).isFile()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(p, e.name)) : e.name.endsWith('.json') ? [join(p, e.name)] : []));
};

const started = performance.now();
const contentDir = join(root, 'content');
const council = loadCouncil(contentDir);
const ctx = { council, vocab: loadVocabularies(contentDir), postcodes: loadPostcodesIn(contentDir), today: todayIso(process.env, council.review.as_of) };
const documents = inputs.flatMap((p) => jsonFiles(resolve(p))).flatMap((file) => {
  const name = relative(root, file);
  try {
    return [{ file: name, json: JSON.parse(readFileSync(file, 'utf8')) as unknown }];
  } catch (e) {
    console.error(`${name}: this is not valid JSON (${(e as Error).message}). Skipped.`);
    return [];
  }
});
const feed = importFeed(documents, ctx);

const lines: string[] = [];
const written: string[] = [];
let drafts = 0;
let kept = 0;
for (const l of feed.listings) {
  const draft = l.notes.some((n) => n.blocking);
  const ready = join(out, `${l.path}.yaml`);
  const draftFile = join(dirname(ready), `_${basename(ready)}`);
  const target = draft ? draftFile : ready;
  const edited = [ready, draftFile].filter((f) => existsSync(f) && !untouchedSinceImport(readFileSync(f, 'utf8')));
  const shown = relative(root, target);
  if (edited.length > 0 && !force) {
    kept += 1;
    lines.push(`${relative(root, edited[0]!)}: kept as it is, because it has been edited by hand. Run with --force to replace it.`);
    continue;
  }
  for (const f of [ready, draftFile]) if (f !== target && existsSync(f)) rmSync(f);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderListingFile(l, { file: l.sourceFile, today: ctx.today }));
  if (draft) drafts += 1;
  else written.push(target);
  const todo = l.notes.filter((n) => n.blocking);
  lines.push(
    `${shown}: ${draft ? `draft, ${todo.length} thing${todo.length === 1 ? '' : 's'} to fix before it can be published` : 'ready to review'} (source id ${l.sourceId}).`,
    ...todo.map((n) => `  Must fix: ${n.message}`),
    ...l.notes.filter((n) => !n.blocking).map((n) => `  Check: ${n.message}`),
  );
}
// A whole exported API holds many files without services (taxonomies): name a few, count the rest.
if (feed.skipped.length <= 5) for (const s of feed.skipped) lines.push(`${s.file}: nothing imported, because ${s.reason}.`);
else lines.push(`${feed.skipped.length} files held no services (for example taxonomies or organisations), such as ${feed.skipped[0]!.file}: nothing imported from them.`);

// The ready listings must pass the validator as they stand: check them the same way a pull request is.
const check = written.length ? loadDirectory({ contentDir, root, paths: written }) : undefined;
const errors = check?.problems.filter((p) => p.severity === 'error') ?? [];
for (const p of errors) lines.push(`${p.file}${p.line ? ` line ${p.line}` : ''}: ${p.message}`);

const seconds = ((performance.now() - started) / 1000).toFixed(2);
lines.push(
  '',
  `Read ${feed.listings.length} service${feed.listings.length === 1 ? '' : 's'} from ${documents.length} file${documents.length === 1 ? '' : 's'} in ${seconds} s: ` +
    `${written.length} ready to review, ${drafts} draft${drafts === 1 ? '' : 's'} to finish (file names starting with _), ${kept} kept because edited by hand.`,
  ...(errors.length ? [`${errors.length} problem${errors.length === 1 ? '' : 's'} in the ready listings: see above.`] : []),
);
console.log(lines.join('\n'));
process.exit(errors.length ? 1 : 0);
