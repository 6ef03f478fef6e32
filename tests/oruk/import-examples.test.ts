import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { importFeed } from '../../content/oruk/import-feed.ts';
import type { OrukService } from '../../content/oruk/types.ts';

const ROOT = join(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'tests/fixtures/oruk/examples');
const dir = loadDirectory({ contentDir: join(ROOT, 'content'), root: ROOT, paths: [join(ROOT, 'content/listings/doncaster-family-hubs')] });
const ctx = { council: dir.council, vocab: dir.vocab, postcodes: dir.postcodes, today: '2026-11-26' };
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, json: JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as unknown }));

describe('importing the official ORUK 3.0 examples (illustrative data: "MyCity", latitude 100)', () => {
  const feed = importFeed(examples, ctx);

  it('finds the one example service in every document that carries it, and imports it once', () => {
    expect(feed.listings.map((l) => [l.sourceId, l.listing.name])).toEqual([['ac148810-d857-441c-9679-408f346de14b', 'Community Counselling']]);
    expect(feed.skipped.map((s) => s.file).sort()).toEqual([
      'organization_full.json',
      'organization_list.json',
      'taxonomy.json',
      'taxonomy_list.json',
      'taxonomy_term.json',
      'taxonomy_term_list.json',
    ]);
  });

  it('maps what it can and says plainly what an editor must finish', () => {
    const [l] = feed.listings;
    expect(l!.listing).toMatchObject({
      organization: 'Example Organization Inc.',
      minimum_age: 12,
      maximum_age: 18,
      cost: 'paid',
      cost_options: [{ option: 'Under 18s and Over 60s', amount: 35, amount_description: 'per 1 hour session' }],
      schedules: [{ days: ['thursday', 'friday'], opens_at: '10:00', closes_at: '18:00' }],
      status: 'active',
    });
    const blocking = l!.notes.filter((n) => n.blocking).map((n) => n.message);
    expect(blocking).toEqual([
      expect.stringContaining('No category or audience in the feed matches a need'),
      expect.stringContaining('has no usable postcode ("ABC 1234")'),
      // MyCity is not in Doncaster: never placed here by default.
      expect.stringContaining('does not say where in Doncaster the service is for'),
    ]);
    expect(l!.listing.service_areas).toEqual([]);
    // The feed's date is kept as it is, and said to be lapsed on arrival, never replaced by the import day.
    expect(l!.listing.assured_date).toBe('2005-01-01');
    expect(l!.notes.map((n) => n.message)).toContainEqual(expect.stringContaining('would be lapsed on arrival'));
    expect(l!.notes.map((n) => n.message)).toContainEqual(expect.stringContaining('maximum age of 100'));
  });
});

describe('mapping categories and other feeds', () => {
  const service = (extra: Partial<OrukService>): OrukService => ({
    id: 'f0000000-0000-4000-8000-000000000001',
    name: 'Freedom programme',
    status: 'active',
    description: 'A twelve-week group for women who have lived with domestic abuse.',
    organization: { id: 'f0000000-0000-4000-8000-000000000002', name: 'Example Women’s Aid', description: 'x' },
    contacts: [{ id: 'c', phones: [{ id: 'p', number: '0114 496 0456' }] }],
    ...extra,
  });

  it('maps DfE categories back to our needs (the reverse of needs.yaml dfe_categories)', () => {
    const attributes = ['Domestic abuse', 'Debt and welfare advice', 'Transport to appointments'].map((name, i) => ({
      id: `a${i}`,
      taxonomy_term: { id: `t${i}`, name, description: name },
    }));
    const [l] = importFeed([{ file: 'feed.json', json: service({ attributes }) }], ctx).listings;
    expect(l!.listing.needs).toEqual(['domestic-abuse', 'money-benefits']);
    expect(l!.notes.map((n) => n.message)).toContainEqual(expect.stringContaining('"Transport to appointments"'));
  });

  it('reports a venue whose postcode is outside the borough, and a service with no ages', () => {
    const sal = {
      id: 's',
      location: {
        id: 'l',
        location_type: 'physical' as const,
        name: 'Leeds office',
        addresses: [
          {
            id: 'a',
            address_1: '1 Park Row',
            city: 'Leeds',
            state_province: 'West Yorkshire',
            postal_code: 'LS1 5AB',
            country: 'GB',
            address_type: 'physical' as const,
          },
        ],
      },
    };
    const [l] = importFeed([{ file: 'feed.json', json: service({ service_at_locations: [sal] }) }], ctx).listings;
    const messages = l!.notes.map((n) => n.message);
    expect(messages).toContainEqual(expect.stringContaining('LS1 5AB, which is not in Doncaster'));
    expect(messages).toContainEqual(expect.stringContaining('The feed gives no ages'));
  });

  it('reads an ORUK version 1 service (service_taxonomys, eligibilitys, regular_schedules)', () => {
    const v1 = {
      id: 'v1-1',
      name: 'Autism youth club',
      description: 'Games and friends for autistic young people aged 8 to 17.',
      status: 'active',
      organization: { id: 'o', name: 'Example Carers Centre' },
      eligibilitys: [{ id: 'e', eligibility: 'Autistic young people', minimum_age: 8, maximum_age: 17 }],
      regular_schedules: [{ id: 'r', byday: 'WE', opens_at: '16:00:00', closes_at: '18:00:00' }],
      service_taxonomys: [{ id: 'x', taxonomy: { id: 't', name: 'Autistic Spectrum Disorder (ASD)', vocabulary: 'dfe' } }],
      contacts: [{ id: 'c', phones: [{ id: 'p', number: '01632 960123' }] }],
    };
    const [l] = importFeed([{ file: 'v1.json', json: { contents: [v1] } }], ctx).listings;
    expect(l!.listing).toMatchObject({
      needs: ['send'],
      minimum_age: 8,
      maximum_age: 17,
      eligibility_description: 'Autistic young people',
      schedules: [{ days: ['wednesday'], opens_at: '16:00', closes_at: '18:00' }],
    });
  });
});

describe('npm run import:oruk never overwrites a listing edited by hand without --force', () => {
  it('replaces an untouched import, keeps an edited one, and replaces it with --force', () => {
    const out = mkdtempSync(join(tmpdir(), 'oruk-import-'));
    const feed = join(out, 'feed.json');
    writeFileSync(
      feed,
      JSON.stringify({
        id: 'f1',
        name: 'Dads group',
        status: 'active',
        description: 'A group for dads and their children.',
        organization: { id: 'o', name: 'Example Dads', description: 'x' },
        assured_date: '2026-11-01',
        attending_type: 'Online',
        service_areas: [{ id: 'a', name: 'Doncaster' }],
        contacts: [{ id: 'c', phones: [{ id: 'p', number: '0113 496 0777' }] }],
        attributes: [{ id: 'a', taxonomy_term: { id: 't', name: 'Parenting support', description: 'x' } }],
      }),
    );
    const run = (...extra: string[]) =>
      execFileSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/import-oruk.ts'), feed, '--out', join(out, 'listings'), ...extra], {
        cwd: ROOT,
        env: { ...process.env, FIS_TODAY: '2026-11-26' },
      }).toString();
    const file = join(out, 'listings/example-dads/dads-group.yaml');

    // (That an untouched import is replaced is checked without spawning, in content/oruk/listing-file.test.ts.)
    expect(run()).toContain('1 ready to review');
    writeFileSync(file, readFileSync(file, 'utf8').replace('A group for dads', 'A friendly group for dads'));
    expect(run()).toContain('1 kept because edited by hand');
    expect(readFileSync(file, 'utf8')).toContain('A friendly group for dads');
    expect(run('--force')).toContain('1 ready to review');
    expect(readFileSync(file, 'utf8')).not.toContain('A friendly group');
    expect(readFileSync(file, 'utf8')).toContain('# x_source_id: f1');
  });
});
