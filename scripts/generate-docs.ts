/**
 * npm run generate:docs: write content/listing.schema.json and the field table in content/README.md from
 * the zod schema and the vocabularies. `--check` only reports whether they are up to date (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldTable, listingJsonSchema, README_FILE, SCHEMA_FILE, schemaFileText, withFieldTable } from '../content/lib/generated-docs.ts';
import { loadVocabularies } from '../content/lib/vocabularies.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

export const USAGE = `Write content/listing.schema.json and the field table in content/README.md from the schema.

  npm run generate:docs               write both files
  npm run generate:docs -- --check    only check they are up to date (exit 1 if not)`;

export function main(argv: string[], _env: Env, io: Io = processIo, root = resolve(import.meta.dirname, '..')): number {
  const args = parseCli(argv, { check: { type: 'boolean' } }, USAGE, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length > 0) {
    io.err(`Not understood: ${args.positionals.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const check = args.values.check ?? false;
  const vocab = loadVocabularies(resolve(root, 'content'));
  const wanted = new Map([
    [SCHEMA_FILE, schemaFileText(vocab)],
    [README_FILE, withFieldTable(readFileSync(resolve(root, README_FILE), 'utf8'), fieldTable(listingJsonSchema(vocab)))],
  ]);
  let stale = 0;
  for (const [file, text] of wanted) {
    const path = resolve(root, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is simply stale.
    }
    if (current === text) continue;
    stale++;
    if (check) io.err(`${file} is out of date. Run npm run generate:docs and commit the result.`);
    else {
      writeFileSync(path, text);
      io.out(`Wrote ${file}`);
    }
  }
  if (stale === 0) io.out('The JSON Schema and the field table are up to date.');
  return check && stale > 0 ? 1 : 0;
}

await runMain(import.meta, main);
