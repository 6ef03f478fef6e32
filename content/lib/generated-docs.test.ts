import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldTable, listingJsonSchema, README_FILE, SCHEMA_FILE, schemaFileText, TABLE_END, TABLE_START, withFieldTable } from './generated-docs.ts';
import { loadVocabularies } from './vocabularies.ts';

const root = resolve(import.meta.dirname, '../..');
const vocab = loadVocabularies(join(root, 'content'));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('generated documents', () => {
  it(`${SCHEMA_FILE} is up to date (if not: run npm run generate:docs)`, () => {
    expect(read(SCHEMA_FILE) === schemaFileText(vocab), `${SCHEMA_FILE} is stale: run npm run generate:docs and commit it`).toBe(true);
  });
  it(`the field table in ${README_FILE} is up to date (if not: run npm run generate:docs)`, () => {
    const readme = read(README_FILE);
    const fresh = withFieldTable(readme, fieldTable(listingJsonSchema(vocab)));
    expect(readme === fresh, `The field table in ${README_FILE} is stale: run npm run generate:docs and commit it`).toBe(true);
  });
  it('replaces only the text between the markers', () => {
    const doc = `Intro\n${TABLE_START}\nold\n${TABLE_END}\nOutro\n`;
    expect(withFieldTable(doc, '| new |')).toBe(`Intro\n${TABLE_START}\n\n| new |\n\n${TABLE_END}\nOutro\n`);
    expect(() => withFieldTable('no markers', 'x')).toThrow(/lost its field-table markers/);
  });
});

describe('the JSON Schema for editors', () => {
  const schema = listingJsonSchema(vocab);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const check = ajv.compile(schema);

  it('offers the vocabulary ids for autocompletion', () => {
    expect(schema.properties?.needs?.items?.enum).toContain('parenting');
    expect(schema.properties?.service_areas?.items?.enum).toEqual(expect.arrayContaining(['north', 'whole-borough']));
    expect(schema.properties?.locations?.items?.properties?.hub?.enum).toContain('balby-family-hub');
  });
  it('accepts valid listings, so editors do not underline correct files', () => {
    for (const file of [
      'tests/fixtures/valid/welsh-polish-urdu.yaml',
      'tests/fixtures/valid/apostrophes-and-ampersands.yaml',
      'content/templates/listing.yaml',
    ]) {
      expect(check(parse(read(file))), `${file}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });
  it('flags an unknown need and an unknown field', () => {
    const listing = parse(read('tests/fixtures/valid/welsh-polish-urdu.yaml'));
    expect(check({ ...listing, needs: ['parentng'] })).toBe(false);
    expect(check({ ...listing, organisation: 'X' })).toBe(false);
  });
});
