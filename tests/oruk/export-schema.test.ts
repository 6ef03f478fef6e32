import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory, type Directory } from '../../content/lib/load-directory.ts';
import { valueLabels } from '../../site/lib/value-labels.ts';
import { buildOrukApi, type OrukDocument } from '../../content/oruk/api.ts';
import type { OrukService } from '../../content/oruk/types.ts';
import { describeErrors, orukValidators } from './oruk-schemas.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const FIXTURES = join(ROOT, 'tests/fixtures/oruk/listings');
const dfe = JSON.parse(readFileSync(join(CONTENT, 'data/dfe-service-categories.json'), 'utf8'));

function apiOf(dir: Directory, pageSize?: number): OrukDocument[] {
  return buildOrukApi({
    council: dir.council,
    vocab: dir.vocab,
    dfe,
    listings: dir.listings,
    labels: valueLabels(),
    ...(pageSize ? { pageSize } : {}),
  });
}

describe('the static ORUK 3.0 API validates against the ORUK 3.0 JSON Schemas', () => {
  const validators = orukValidators();
  let exampleDir: Directory;
  let example: OrukDocument[];
  let fixture: OrukDocument[];
  beforeAll(() => {
    exampleDir = loadDirectory({ contentDir: CONTENT, root: ROOT });
    example = apiOf(exampleDir, 5);
    const fixtureDir = loadDirectory({ contentDir: CONTENT, root: ROOT, paths: [FIXTURES] });
    expect(fixtureDir.problems.filter((p) => p.severity === 'error')).toEqual([]);
    fixture = apiOf(fixtureDir);
  });

  it('every response over the example directory (small pages, so paging is exercised) has zero schema errors', () => {
    const failures = example.flatMap((d) => {
      const validate = validators[d.kind];
      return validate(d.body) ? [] : describeErrors(validate.errors).map((e) => `${d.path}: ${e}`);
    });
    expect(failures).toEqual([]);
    expect(example.filter((d) => d.kind === 'service').length).toBeGreaterThan(0);
  });

  it('every response over the awkward fixtures (hidden address, paid, closed, venue times) has zero schema errors', () => {
    const failures = fixture.flatMap((d) =>
      validators[d.kind](d.body) ? [] : describeErrors(validators[d.kind].errors).map((e) => `${d.path}: ${e}`),
    );
    expect(failures).toEqual([]);
  });

  it('a schema check would catch a broken response (the validators are not vacuous)', () => {
    const service = fixture.find((d) => d.kind === 'service')!.body as OrukService;
    expect(validators.service({ ...service, id: 'not-a-uuid' })).toBe(false);
    expect(validators.service({ ...service, status: 'open' })).toBe(false);
    const page = fixture.find((d) => d.kind === 'service-page')!.body as Record<string, unknown>;
    const { total_pages: _, ...withoutTotal } = page;
    expect(validators['service-page'](withoutTotal)).toBe(false);
  });

  it('links up: every page lists every service once, each with its own file, and pages follow the path scheme', () => {
    const paths = new Set(example.map((d) => d.path));
    expect(paths.size).toBe(example.length);
    const pages = example
      .filter((d) => d.kind === 'service-page' && d.path.includes('/page/'))
      .map((d) => d.body as { page_number: number; total_pages: number; contents: { id: string }[] });
    expect(pages.map((p) => p.page_number)).toEqual(Array.from({ length: pages[0]!.total_pages }, (_, i) => i + 1));
    const listed = pages.flatMap((p) => p.contents.map((c) => c.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.every((id) => paths.has(`oruk/services/${id}.json`))).toBe(true);
    expect(example.filter((d) => d.kind === 'service')).toHaveLength(listed.length);
    expect(JSON.stringify(example.find((d) => d.path === 'oruk/services/index.json')!.body)).toBe(JSON.stringify(pages[0]));
  });

  it('never publishes null: optional fields are left out', () => {
    const nulls = [...example, ...fixture].filter((d) => JSON.stringify(d.body).includes(':null'));
    expect(nulls.map((d) => d.path)).toEqual([]);
  });

  it('keeps a hidden address hidden: no street, no postcode, only the district centre', () => {
    const service = fixture.map((d) => d.body as OrukService).find((s) => s.name === 'Refuge outreach for mothers and children')!;
    const text = JSON.stringify(service);
    expect(text).not.toContain('1 Example Street');
    expect(text).not.toContain('DN1 1AA');
    const safe = service.service_at_locations![0]!.location!;
    expect(safe.addresses).toBeUndefined();
    expect(safe.description).toContain('DN1');
    const visible = service.service_at_locations![1]!.location!;
    expect(visible.addresses![0]).toMatchObject({ address_1: 'Waterdale', postal_code: 'DN1 3BU', country: 'GB' });
  });

  it('gives every record a stable id: two builds publish the same files', () => {
    // The loader is deterministic (it has its own tests); this checks the mapping holds no randomness or clock.
    const again = apiOf(exampleDir, 5);
    expect(again.map((d) => d.path)).toEqual(example.map((d) => d.path));
    expect(JSON.stringify(again)).toBe(JSON.stringify(example));
  });
});
