import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OrukDocument } from '../../content/oruk/api.ts';

/**
 * The ORUK 3.0 JSON Schemas, read from our copy in tests/fixtures/oruk/schema (never from outside the repo).
 * They carry Frictionless "datapackage" keywords JSON Schema does not know, so Ajv runs in non-strict mode:
 * unknown keywords are ignored, every standard keyword (type, required, enum, format) is checked.
 */
const SCHEMA_DIR = join(import.meta.dirname, '../fixtures/oruk/schema/schema');
const read = (file: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
// The per-entity schemas refer to each other by file name ("taxonomy_term.json"); giving each one an $id
// under one base lets those references resolve to our local copies.
const BASE = 'https://schemas.invalid/oruk/schema/';
const ENTITY_FILES = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json');
const entity = (file: string) => ({ $ref: `${BASE}${file}` });

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

function pageSchema(items: object) {
  const page = read('openapi.json').components.schemas.Page;
  return {
    ...page,
    // The UK profile lists every page field; a page without one of them is not a UK profile page.
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: { ...page.properties, contents: { type: 'array', items } },
  };
}

export function orukValidators(): Record<OrukDocument['kind'], ValidateFunction> {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const f of ENTITY_FILES) ajv.addSchema({ ...read(f), $id: `${BASE}${f}` });
  const index = read('openapi.json').paths['/'].get.responses['200'].content['application/json'].schema;
  return {
    index: ajv.compile({ ...index, required: ['version', 'profile'] }),
    service: ajv.compile(read('compiled/service.json')),
    'service-page': ajv.compile(pageSchema(read('compiled/service_list.json'))),
    'service-at-location': ajv.compile(read('compiled/service_at_location.json')),
    'service-at-location-page': ajv.compile(pageSchema(read('compiled/service_at_location_list.json'))),
    taxonomy: ajv.compile(entity('taxonomy.json')),
    'taxonomy-page': ajv.compile(pageSchema(entity('taxonomy.json'))),
    'taxonomy-term': ajv.compile(entity('taxonomy_term.json')),
    'taxonomy-term-page': ajv.compile(pageSchema(entity('taxonomy_term.json'))),
  };
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
