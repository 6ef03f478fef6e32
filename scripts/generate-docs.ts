/**
 * npm run generate:docs: write content/listing.schema.json and the field table in content/README.md from
 * the zod schema and the vocabularies. `--check` only reports whether they are up to date (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldTable, listingJsonSchema, README_FILE, SCHEMA_FILE, schemaFileText, withFieldTable } from '../content/lib/generated-docs.ts';
import { loadVocabularies } from '../content/lib/vocabularies.ts';

const root = resolve(import.meta.dirname, '..');
const vocab = loadVocabularies(resolve(root, 'content'));
const wanted = new Map([
  [SCHEMA_FILE, schemaFileText(vocab)],
  [README_FILE, withFieldTable(readFileSync(resolve(root, README_FILE), 'utf8'), fieldTable(listingJsonSchema(vocab)))],
]);
const check = process.argv.includes('--check');
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
  if (check) console.error(`${file} is out of date. Run npm run generate:docs and commit the result.`);
  else {
    writeFileSync(path, text);
    console.log(`Wrote ${file}`);
  }
}
if (stale === 0) console.log('The JSON Schema and the field table are up to date.');
process.exit(check && stale > 0 ? 1 : 0);
