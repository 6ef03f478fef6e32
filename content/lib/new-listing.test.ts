import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectory } from './load-directory.ts';
import { checkAnswers, missingAnswers, scaffoldListing, slugify, type NewListingAnswers } from './new-listing.ts';
import { parseFlags } from './new-listing-flags.ts';
import { askForMissing } from './new-listing-prompts.ts';
import { loadPostcodesIn } from './postcodes.ts';
import { loadCouncil, loadVocabularies } from './vocabularies.ts';

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'content');
const vocab = loadVocabularies(contentDir);
const council = loadCouncil(contentDir);
const postcodes = loadPostcodesIn(contentDir);
const template = readFileSync(join(contentDir, 'templates', 'listing.yaml'), 'utf8');
const ctx = { vocab, council, postcodes, today: '2026-11-26', template };
const tmp = mkdtempSync(join(tmpdir(), 'fis-new-listing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Write scaffolds into a temporary listings folder and validate them as a pull request would. */
function validate(files: { path: string; text: string }[]) {
  const dir = mkdtempSync(join(tmp, 'check-'));
  const paths = files.map((f, i) => {
    const p = join(dir, `org-${i}`, f.path.split('/').pop()!);
    mkdirSync(join(dir, `org-${i}`), { recursive: true });
    writeFileSync(p, f.text);
    return p;
  });
  return loadDirectory({ contentDir, root, paths, today: '2026-11-26' });
}

const inPerson: NewListingAnswers = {
  organisation: "Mums & Dads' Network (example)",
  name: 'Baby Café at Balby',
  summary: 'A friendly drop-in for new parents: feeding support, weighing and a cup of tea.',
  needs: ['pregnancy-baby', 'parent-wellbeing'],
  postcode: 'dn40ty',
  address: 'Oswin Avenue',
  phone: '0114 496 0412',
};

describe('slugify', () => {
  it('makes file and folder names from names people write', () => {
    expect(slugify("Mums & Dads' Network (example)")).toBe('mums-and-dads-network-example');
    expect(slugify('Grŵp Chwarae Cymraeg')).toBe('grwp-chwarae-cymraeg');
    expect(slugify('  Żłobek — Polish playgroup ')).toBe('zlobek-polish-playgroup');
  });
});

describe('scaffoldListing', () => {
  it('writes a valid listing in the organisation folder, finding the hub and locality from the postcode', () => {
    const s = scaffoldListing(inPerson, ctx);
    expect(s.path).toBe('content/listings/mums-and-dads-network-example/baby-cafe-at-balby.yaml');
    expect(s.text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/listing\.schema\.json\n/);
    expect(s.text).toContain('# 1 to 4 needs this service helps with'); // the template's instructions stay
    const dir = validate([s]);
    expect(dir.problems).toEqual([]);
    const listing = dir.listings[0]!;
    expect(listing.listing.locations[0]).toMatchObject({ postal_code: 'DN4 0TY', hub: 'balby-family-hub', address_1: 'Oswin Avenue' });
    expect(listing.listing.service_areas).toEqual(['central']);
    expect(listing.listing.name).toBe('Baby Café at Balby');
    expect(listing.listing.assured_date).toBe('2026-11-26');
  });
  it('writes a valid online, paid service for the whole borough with no venue', () => {
    const s = scaffoldListing(
      {
        organisation: 'Online Ltd',
        name: 'Parenting course online',
        summary: 'An eight-week online parenting course.',
        needs: ['parenting'],
        delivery: ['online'],
        cost: 'paid',
        price: '£20 for the course',
        email: 'course@example.org',
        url: 'https://example.org/course',
        level: 'targeted',
        access: ['booking'],
        languages: ['en', 'ur'],
        minAge: 2,
        maxAge: 11,
      },
      ctx,
    );
    const dir = validate([s]);
    expect(dir.problems).toEqual([]);
    expect(dir.listings[0]!.listing).toMatchObject({
      service_areas: ['whole-borough'],
      locations: [],
      cost_options: [{ amount_description: '£20 for the course' }],
      minimum_age: 2,
      maximum_age: 11,
    });
  });
});

describe('answers', () => {
  it('reads flags, repeated or comma-separated, and suggests the nearest option for a typo', () => {
    const { answers, yes, errors } = parseFlags([
      '--yes',
      '--name=Stay and Play',
      '--need',
      'parenting,send',
      '--need',
      'youth',
      '--min-age',
      '0.5',
      '--nme',
      'x',
    ]);
    expect(yes).toBe(true);
    expect(answers).toEqual({ name: 'Stay and Play', needs: ['parenting', 'send', 'youth'], minAge: 0.5 });
    expect(errors).toEqual(['--nme is not an option. Did you mean --name? Run npm run new-listing -- --help to see them.']);
  });
  it('says which flags are missing, and checks values against the vocabularies', () => {
    expect(missingAnswers({ name: 'x' })).toEqual([
      '--organisation',
      '--summary',
      '--need',
      '--postcode',
      '--address',
      '--phone or --email or --url',
    ]);
    const problems = checkAnswers({ needs: ['parentng'], postcode: 'S1 2HE', minAge: 9, maxAge: 5 }, ctx);
    expect(problems).toEqual([
      expect.stringContaining('"parentng" is not a known need. Did you mean "parenting"?'),
      expect.stringContaining('S1 2HE: this is not a Doncaster postcode we know'),
      '--min-age is above --max-age.',
    ]);
  });
});

describe('askForMissing', () => {
  it('asks for what the flags did not give, accepts numbers or ids, and asks again after a wrong answer', async () => {
    const script = [
      'Little Steps',
      'Toddler Group',
      'A group for toddlers and their carers.',
      '',
      '3, send',
      '',
      'drop-in',
      '',
      'Little Steps Hall',
      '1 High Street',
      'Thorne',
      'XX1 1XX',
      '',
      'DN8 4SB',
      '',
      'not a phone',
      '',
      '0114 496 0999',
      '',
      'en,pl',
    ];
    const questions: string[] = [];
    const answers = await askForMissing(
      {},
      async (q) => {
        questions.push(q);
        return script.shift() ?? '';
      },
      vocab,
      postcodes,
    );
    expect(answers).toMatchObject({
      organisation: 'Little Steps',
      needs: ['parenting', 'send'],
      level: 'universal',
      access: ['drop-in'],
      delivery: ['in-person'],
      postcode: 'DN8 4SB',
      cost: 'free',
      phone: '0114 496 0999',
      languages: ['en', 'pl'],
    });
    expect(questions.some((q) => q.includes('XX1 1XX is not a postcode we know'))).toBe(true);
    expect(questions.some((q) => q.includes('does not look like a UK phone number'))).toBe(true);
    expect(validate([scaffoldListing(answers, ctx)]).problems).toEqual([]);
  });
});

describe('npm run new-listing', () => {
  const node = join(root, 'node_modules/.bin/node');
  const args = [
    'scripts/new-listing.ts',
    '--yes',
    '--into',
    join(tmp, 'cli'),
    '--organisation',
    'CLI Test',
    '--name',
    'Phone Line',
    '--summary',
    'A phone line for parents.',
    '--need',
    'parent-wellbeing',
    '--delivery',
    'phone',
    '--email',
    'line@example.org',
  ];
  const run = () => spawnSync(node, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FIS_TODAY: '2026-11-26' } });
  it('writes the file, says it is valid with next steps, and refuses to overwrite it', () => {
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('It is a valid listing. Next steps:');
    expect(readFileSync(join(tmp, 'cli', 'cli-test', 'phone-line.yaml'), 'utf8')).toContain('delivery: [phone]');
    const second = run();
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('already exists, and new-listing never overwrites a file');
  });
});

describe('the listing template', () => {
  it('is itself a valid listing', () => {
    expect(loadDirectory({ contentDir, root, paths: [join(contentDir, 'templates', 'listing.yaml')], today: '2026-11-26' }).problems).toEqual([]);
  });
});
