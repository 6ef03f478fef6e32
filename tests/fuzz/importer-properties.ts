import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { loadPostcodesIn } from '../../content/lib/postcodes.ts';
import { loadCouncil, loadVocabularies } from '../../content/lib/vocabularies.ts';
import { importFeed } from '../../content/oruk/import-feed.ts';
import { isRec, str } from '../../content/oruk/read.ts';
import { looksLikeService } from '../../content/oruk/record.ts';
import { runImport } from '../../content/oruk/run-import.ts';

/**
 * Properties of the ORUK importer for arbitrary feed records, shared by the bounded run in `npx vitest` and
 * the long run in `npm run fuzz`. For ANY feed: the import never throws, every service record comes out as a
 * listing or as a failure that names it, nothing is written outside --out, every file's header stays a
 * comment, and no file is written as ready that the validator refuses.
 */
const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'content');
const TODAY = '2026-11-26';

let ctx: Parameters<typeof importFeed>[1] | undefined;
const context = () =>
  (ctx ??= { council: loadCouncil(contentDir), vocab: loadVocabularies(contentDir), postcodes: loadPostcodesIn(contentDir), today: TODAY });

const NASTY = [
  '\n',
  '\r\n',
  '\u2028',
  '\u0085',
  '\u001b[31m',
  '\u202e',
  '\u200b',
  '\u0000',
  '&amp;amp;',
  '&nbsp;',
  '&lt;script&gt;',
  '<p>',
  '</li>',
  '<script>alert(1)</script>',
  '<img src=x>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="www.example.org">x</a>',
  '# x_source_id: evil',
  '\nname: injected',
  'import-fingerprint: 0000000000000000',
  '../',
  '..\\',
  '/etc/passwd',
  '__proto__',
  'constructor',
  'toString',
  '£5',
  'free',
  'www.example.org',
  'http:www.example.org',
  'a@example.org.',
  'x?bcc=y@example.org',
  'DN4 0TY',
  'LS1 5AB',
  'Doncaster',
  'North',
  'National',
  'Autism',
  'Venue',
  'Online',
  '2024-01-01',
  '2099-01-01',
  '31/02/2024',
  'MO,WE',
  '09:00',
  '25:99',
  '-1',
  '😀',
  ':',
  '- ',
  '|',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 })
  .map((p) => p.join(''));
const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'id', 'name', 'contents')), tie('value'), { maxKeys: 3 }),
  ),
}));
// A value, or what a real feed has in that place, or the wrong type for it.
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof(good, anyValue, fc.constant(undefined));
const deep = fc.integer({ min: 100, max: 20_000 }).map((depth) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) v = i % 2 ? [v] : { n: v };
  return v;
});

const address = fc.record(
  {
    id: field(text),
    address_1: field(text),
    city: field(text),
    postal_code: field(fc.constantFrom('DN4 0TY', 'DN5 0QB', 'LS1 5AB', 'ABC', '')),
    country: field(text),
  },
  { requiredKeys: [] },
);
const location = fc.record(
  {
    id: field(text),
    name: field(text),
    latitude: field(fc.double({ min: 50, max: 56 })),
    longitude: field(fc.double({ min: -3, max: 0 })),
    physical_addresses: field(fc.array(address, { maxLength: 2 })),
    addresses: field(fc.array(address, { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
const service = fc.record(
  {
    id: field(fc.oneof(text, fc.constantFrom('s-1', 's-2', 's-1 '))),
    name: field(fc.oneof(text, fc.constantFrom('Stay and play', 'Youth club'))),
    status: field(fc.constantFrom('active', 'inactive', 'temporarily closed')),
    description: fc.oneof(field(text), deep),
    url: field(text),
    email: field(text),
    fees: field(text),
    assured_date: field(text),
    attending_type: field(text),
    attending_access: field(text),
    pc_targetAudience: fc.oneof(field(text), deep),
    organization: field(
      fc.record({ id: field(text), name: field(fc.oneof(text, fc.constantFrom('Example Org'))), url: field(text) }, { requiredKeys: [] }),
    ),
    contacts: field(
      fc.array(
        fc.record(
          {
            name: field(text),
            email: field(text),
            phones: field(fc.array(fc.record({ number: field(fc.oneof(text, fc.constantFrom('01632 960123'))) }), { maxLength: 2 })),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    eligibilitys: field(
      fc.array(
        fc.record(
          { minimum_age: field(fc.integer({ min: -5, max: 120 })), maximum_age: field(fc.integer({ min: -5, max: 120 })) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    regular_schedules: field(
      fc.array(fc.record({ byday: field(text), opens_at: field(text), closes_at: field(text) }, { requiredKeys: [] }), { maxLength: 2 }),
    ),
    service_areas: field(fc.array(fc.record({ service_area: field(text) }, { requiredKeys: [] }), { maxLength: 2 })),
    service_at_locations: field(fc.array(fc.record({ id: field(text), location: field(location) }, { requiredKeys: [] }), { maxLength: 2 })),
    service_taxonomys: field(
      fc.array(
        fc.record({ taxonomy: field(fc.record({ name: field(text), vocabulary: field(text) }, { requiredKeys: [] })) }, { requiredKeys: [] }),
        { maxLength: 2 },
      ),
    ),
    extra: field(anyValue),
  },
  { requiredKeys: [] },
);
const records = fc.array(fc.oneof({ weight: 4, arbitrary: service }, { weight: 1, arbitrary: anyValue }), { maxLength: 6 });
const documents = fc
  .array(
    fc.oneof(
      records.map((r) => ({ content: r })),
      records,
      service,
      anyValue,
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((docs) => docs.map((json, i) => ({ file: `feed-${i}.json`, json: json as unknown })));

const ONE_LINE = /^[^\r\n\u2028\u2029\u0085]*$/;

function mapsEveryRecord(docs: { file: string; json: unknown }[]): boolean {
  const feed = importFeed(docs, context());
  for (const l of feed.listings) {
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(l.path)) throw new Error(`Unsafe path ${JSON.stringify(l.path)}`);
    for (const n of l.notes) if (!ONE_LINE.test(n.message)) throw new Error(`A note on two lines: ${JSON.stringify(n.message)}`);
  }
  const paths = feed.listings.map((l) => l.path);
  if (new Set(paths).size !== paths.length) throw new Error('Two listings share a file');
  // Every service record with an id is a listing, or a failure that names it.
  for (const d of docs) {
    const items = Array.isArray(d.json) ? d.json : isRec(d.json) && Array.isArray(d.json.content) ? d.json.content : [d.json];
    for (const item of items) {
      if (!isRec(item) || !looksLikeService(item) || !str(item.id)?.trim()) continue;
      const id = str(item.id)!.trim();
      if (!feed.listings.some((l) => l.sourceId.trim() === id) && !feed.failed.some((f) => f.id?.trim() === id))
        throw new Error(`Service ${JSON.stringify(id)} was lost`);
    }
  }
  return true;
}

function writesSafely(docs: { file: string; json: unknown }[]): boolean {
  const parent = mkdtempSync(join(tmpdir(), 'oruk-fuzz-'));
  try {
    const out = join(parent, 'out');
    const { report } = runImport({ documents: docs, out, root, contentDir, sources: ['fuzz'], today: TODAY });
    const written = readdirSync(parent, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    for (const f of written) if (!f.startsWith(out + sep)) throw new Error(`Wrote outside --out: ${f}`);
    const listings = written.filter((f) => !f.endsWith('_needs-mapping.yaml'));
    for (const f of listings) {
      const t = readFileSync(f, 'utf8');
      const header = t.slice(0, t.indexOf('# import-fingerprint'));
      if (header.split('\n').some((l) => l !== '' && !l.startsWith('#'))) throw new Error(`The header of ${f} is not all comments`);
      const body = parse(t) as Record<string, unknown>;
      if (body === null || typeof body !== 'object' || typeof body.name !== 'string') throw new Error(`${f} is not a listing`);
    }
    const ready = listings.filter((f) => !f.split(sep).pop()!.startsWith('_'));
    if (ready.length !== report.counts.ready) throw new Error(`Report says ${report.counts.ready} ready, ${ready.length} written`);
    if (ready.length > 0) {
      const errors = loadDirectory({ contentDir, root, paths: ready, today: TODAY }).problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) throw new Error(`A ready file fails the validator: ${errors[0]!.file}: ${errors[0]!.message}`);
    }
    return true;
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

export function importerProperties(): { name: string; runs?: number; property: fc.IProperty<unknown[]> }[] {
  return [
    {
      name: 'any feed: the import never throws, and every service is a listing or a named failure, each at its own safe path',
      property: fc.property(documents, mapsEveryRecord),
    },
    // Writing files and running the validator costs more per case: a tenth of the cases.
    {
      name: 'any feed: nothing is written outside --out, headers stay comments, and no ready file fails the validator',
      runs: 0.1,
      property: fc.property(documents, writesSafely),
    },
  ];
}
