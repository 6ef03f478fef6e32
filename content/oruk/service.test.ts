import { describe, expect, it } from 'vitest';
import type { LoadedListing } from '../lib/load-directory.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import type { Council } from '../schema/index.ts';
import { fromOrukService } from './import-service.ts';
import { needForDfeCategory } from './import-terms.ts';
import { organisationKey, toOrukService } from './service.ts';
import { buildTaxonomies } from './taxonomies.ts';

const council = {
  id: 'testshire',
  area_name: 'Testshire',
  directory_name: 'Testshire FIS',
  site_url: 'https://fis.example.org',
  age_policy: { minimum_age: 0, maximum_age: 18, send_maximum_age: 24 },
  review: { default_interval_months: 6, grace_period_days: 90 },
} as Council;
const vocab = {
  needs: [
    {
      id: 'parenting',
      label: 'Parenting support',
      hint: 'Courses',
      phrases: ['x'],
      dfe_direct: true,
      dfe_categories: [{ parent: 'Family support', name: 'Parenting support' }],
    },
    {
      id: 'behaviour',
      label: 'Behaviour',
      hint: 'Tantrums',
      phrases: ['x'],
      dfe_direct: true,
      dfe_categories: [
        { parent: 'Family support', name: 'Intensive targeted family support' },
        { parent: 'Family support', name: 'Parenting support' },
      ],
    },
  ],
  localities: [{ id: 'north', name: 'North', description: 'The north', wards: [{ code: 'E05000001', name: 'A' }] }],
  hubs: [],
  accessRoutes: [{ id: 'drop-in', label: 'Drop in' }],
  accessibilityFeatures: [{ id: 'step-free', label: 'Step-free access' }],
  languages: [{ id: 'en', label: 'English' }],
} as unknown as Vocabularies;
const dfe = [{ name: 'Family support', children: ['Parenting support', 'Intensive targeted family support'] }];
// Stand-in words: the real ones are in site/i18n/en.ts, which content/ does not import.
const labels = {
  levels: { universal: { label: 'U', hint: 'u' }, targeted: { label: 'T', hint: 't' }, specialist: { label: 'S', hint: 's' } },
  delivery: { 'in-person': { label: 'P', hint: 'p' }, online: { label: 'O', hint: 'o' }, phone: { label: 'F', hint: 'f' } },
};
const ctx = { council, vocab, taxonomies: buildTaxonomies({ council, vocab, dfe, labels }) };

const loaded = {
  id: 'dads/dads-group',
  file: 'content/listings/dads/dads-group.yaml',
  listing: {
    name: 'Dads group',
    organization: 'Example Dads',
    summary: 'For dads.',
    description: 'A group for dads.',
    needs: ['parenting'],
    pregnancy: false,
    minimum_age: 0,
    maximum_age: 4,
    level_of_need: 'universal',
    access_routes: ['drop-in'],
    cost: 'free',
    cost_options: [],
    delivery: ['online'],
    locations: [],
    service_areas: ['north'],
    schedules: [],
    contacts: [],
    languages: ['en'],
    status: 'temporarily-closed',
    assured_date: '2026-10-01',
    url: 'https://example.org/dads',
  },
  venues: [],
  localitiesServed: ['north'],
  review: { dueDate: '2027-04-01', state: 'current', daysOverdue: 0 },
} as unknown as LoadedListing;

describe('toOrukService', () => {
  const s = toOrukService(loaded, ctx);

  it('maps our fields to ORUK names and values, leaving out what the listing does not have', () => {
    expect(s).toMatchObject({
      name: 'Dads group',
      status: 'temporarily closed',
      fees: 'Free',
      minimum_age: 0,
      maximum_age: 4,
      url: 'https://example.org/dads',
    });
    expect(s.service_at_locations).toBeUndefined();
    expect(s.cost_options).toBeUndefined();
    expect(s.service_areas).toEqual([expect.objectContaining({ name: 'North Testshire', uri: 'https://fis.example.org/localities/north/' })]);
  });

  it('links the need, its DfE categories, the level, access routes and delivery as taxonomy terms', () => {
    expect(s.attributes!.map((a) => `${a.link_type}:${a.taxonomy_term!.term}`)).toEqual([
      'need:parenting',
      'service_category:Parenting support',
      'level_of_need:universal',
      'access_route:drop-in',
      'delivery:online',
    ]);
  });

  it('comes back through the importer as the same listing fields', () => {
    const back = fromOrukService(s, { council, vocab, postcodes: { get: () => undefined, outcode: () => undefined, size: 0 }, today: '2026-11-26' });
    expect(back.listing).toMatchObject({
      needs: ['parenting'],
      level_of_need: 'universal',
      access_routes: ['drop-in'],
      delivery: ['online'],
      service_areas: ['north'],
      status: 'temporarily-closed',
      cost: 'free',
    });
    expect(back.path).toBe('example-dads/dads-group');
  });
});

describe('needForDfeCategory (needs.yaml dfe_categories, in reverse)', () => {
  it('picks the need that lists the category first', () => {
    expect(needForDfeCategory(vocab, 'Parenting support')).toBe('parenting');
    expect(needForDfeCategory(vocab, 'intensive targeted family support')).toBe('behaviour');
    expect(needForDfeCategory(vocab, 'Transport')).toBeUndefined();
  });
});

describe('organisationKey', () => {
  it('makes a stable key from an organisation name', () => {
    expect(organisationKey('Home-Start Doncaster & District')).toBe('home-start-doncaster-district');
  });
});
