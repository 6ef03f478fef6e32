/**
 * Generate N realistic listings for the benchmarks, deterministically (seeded), from the directory's own
 * vocabularies and postcode lookup: a mix of needs with ages that suit them, venues at real Doncaster
 * postcodes (a share at the Family Hubs), service areas, schedules, languages, costs and review dates.
 * Generated listings are written to a temp folder, never committed. Phone numbers use Ofcom's drama range.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { POSTCODES_FILE } from '../../content/lib/postcodes.ts';
import type { Vocabularies } from '../../content/lib/vocabularies.ts';
import type { ListingInput } from '../../content/schema/index.ts';
import { ACCESS_ROUTES, DAYS } from '../../content/schema/values.ts';
import { picker, type Picker } from './prng.ts';

export interface Venue {
  postcode: string;
  town: string;
  locality: string | undefined;
  hub?: string;
}

/** Ages (years) that fit a need, so "pregnancy" is not offered to teenagers. */
const AGE_BANDS: Record<string, readonly (readonly [number, number])[]> = {
  'pregnancy-baby': [
    [0, 1],
    [0, 2],
  ],
  'childcare-early-learning': [
    [0, 4],
    [2, 4],
    [0, 5],
    [3, 5],
  ],
  parenting: [
    [0, 18],
    [0, 5],
    [5, 11],
    [11, 18],
  ],
  'school-learning': [
    [5, 11],
    [11, 16],
    [5, 16],
  ],
  youth: [
    [11, 19],
    [13, 19],
    [11, 18],
  ],
  'family-activities': [
    [0, 18],
    [5, 11],
    [0, 11],
  ],
};
const DEFAULT_BANDS = [
  [0, 18],
  [5, 18],
  [0, 11],
  [11, 18],
] as const;

const ACTIVITIES = ['Drop-in', 'Support group', 'Advice session', 'Course', 'Club', 'Clinic', 'Helpline', 'Workshop', 'Coffee morning', 'Outreach'];
const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Market Place', 'Park Avenue', 'Mill Lane', 'Chapel Street', 'Queen Street'];
const FILLER = [
  'Everyone is welcome, and you do not need to explain why you have come.',
  'Our staff are friendly and trained to listen without judging.',
  'You can bring your children with you; there are toys and books.',
  'Sessions are relaxed and you can leave at any time.',
  'We can help you find other support in Doncaster if we are not the right service.',
  'Tea, coffee and a healthy snack are provided.',
  'We work closely with the Family Hubs, schools and health visitors.',
  'If English is not your first language, we can arrange an interpreter.',
];

/** Venues from the postcode lookup: every postcode with a ward, and the hubs' own postcodes. */
export function venuesFrom(contentDir: string, vocab: Vocabularies): { all: Venue[]; hubs: Venue[] } {
  const csv = readFileSync(join(contentDir, POSTCODES_FILE), 'utf8').split(/\r?\n/).slice(1);
  const wardToLocality = new Map(vocab.localities.flatMap((l) => l.wards.map((w) => [w.code, l.id] as const)));
  const all: Venue[] = [];
  for (const line of csv) {
    const cols = line.split(',');
    const ward = cols[6];
    if (!cols[0] || !ward) continue;
    all.push({ postcode: cols[0], town: cols[5]?.replace(/"/g, '') || 'Doncaster', locality: wardToLocality.get(ward) });
  }
  const hubs = vocab.hubs.map((h) => ({ postcode: h.postal_code, town: h.town, locality: h.locality, hub: h.id }));
  return { all, hubs };
}

/** One generated listing, as a provider would write it. */
export function generateListing(p: Picker, i: number, vocab: Vocabularies, venues: { all: Venue[]; hubs: Venue[] }): ListingInput {
  const needIds = vocab.needs.map((n) => n.id);
  const needs = p.some(
    needIds,
    p.weighted([
      [1, 4],
      [2, 4],
      [3, 2],
    ] as const),
  );
  const primary = vocab.needs.find((n) => n.id === needs[0])!;
  const [minAge, maxAge] = p.pick(AGE_BANDS[primary.id] ?? DEFAULT_BANDS);
  const delivery = p.weighted<readonly ('in-person' | 'online' | 'phone')[]>([
    [['in-person'], 70],
    [['in-person', 'phone'], 12],
    [['online'], 6],
    [['phone'], 6],
    [['online', 'phone'], 6],
  ]);
  const inPerson = delivery.includes('in-person');
  const venueCount = inPerson
    ? p.weighted([
        [1, 75],
        [2, 18],
        [3, 7],
      ] as const)
    : 0;
  const chosen = Array.from({ length: venueCount }, () => (p.chance(0.3) ? p.pick(venues.hubs) : p.pick(venues.all)));
  const hidden = primary.id === 'domestic-abuse' && p.chance(0.5);
  const town = chosen[0]?.town ?? 'Doncaster';
  const activity = p.pick(ACTIVITIES);
  const phrase = p.pick(primary.phrases);
  const org = `Generated Organisation ${i % 997}`;
  const cost = p.chance(0.82) ? 'free' : 'paid';
  const areas = p.chance(0.35) || chosen.length === 0 ? ['whole-borough'] : [...new Set(chosen.map((v) => v.locality ?? 'central'))];
  const opens = p.int(8, 15);
  const langs = [
    'en',
    ...p.some(
      vocab.languages.map((l) => l.id).filter((l) => l !== 'en'),
      p.weighted([
        [0, 70],
        [1, 20],
        [2, 10],
      ] as const),
    ),
  ];
  const months = p.weighted([
    [p.int(0, 5), 85],
    [p.int(6, 8), 10],
    [p.int(10, 14), 5],
  ] as const);
  const assured = new Date(Date.UTC(2026, 10, 26 - p.int(0, 27)));
  assured.setUTCMonth(assured.getUTCMonth() - months);
  return {
    name: `${primary.label.split(' ')[0]} ${activity} ${i} in ${town}`.slice(0, 100),
    organization: org,
    summary: `${activity} for families: help with ${primary.label.toLowerCase()}.`.slice(0, 160),
    description: [
      `A ${activity.toLowerCase()} for parents, carers and young people who want help with ${primary.hint.toLowerCase()}.`,
      `Come along if you are worried about ${phrase} or ${p.pick(primary.phrases)}.`,
      ...p.some(FILLER, p.int(2, 4)),
    ].join(' '),
    needs,
    minimum_age: minAge,
    maximum_age: maxAge,
    ...(p.chance(0.15) ? { send_maximum_age: Math.max(maxAge, 24) } : {}),
    pregnancy: primary.id === 'pregnancy-baby',
    level_of_need: p.weighted([
      ['universal', 60],
      ['targeted', 30],
      ['specialist', 10],
    ] as const),
    access_routes: p.some(ACCESS_ROUTES, p.int(1, 2)),
    cost,
    ...(cost === 'paid'
      ? {
          cost_options: [{ option: 'Per session', amount: p.int(1, 8), amount_description: 'A small charge per session; ask about help with costs' }],
        }
      : {}),
    delivery: [...delivery],
    locations: chosen.map((v, j) => ({
      name: v.hub ? vocab.hubs.find((h) => h.id === v.hub)!.name : `${v.town} Community Centre ${j + 1}`,
      address_1: `${p.int(1, 200)} ${p.pick(STREETS)}`,
      city: v.town,
      postal_code: v.postcode,
      ...(v.hub ? { hub: v.hub } : {}),
      ...(hidden ? { hide_address: true } : {}),
      accessibility: p.some(
        vocab.accessibilityFeatures.map((f) => f.id),
        p.int(0, 4),
      ),
    })),
    service_areas: areas,
    schedules: [
      {
        days: p.some(DAYS.slice(0, p.chance(0.2) ? 7 : 5), p.int(1, 3)),
        opens_at: `${String(opens).padStart(2, '0')}:00`,
        closes_at: `${String(opens + p.int(1, 3)).padStart(2, '0')}:30`,
      },
    ],
    contacts: [{ name: 'Team', phone: `0114 496 ${String(i % 1000).padStart(4, '0')}`, email: `team${i % 997}@example.org` }],
    languages: langs,
    status: p.chance(0.03) ? 'temporarily-closed' : 'active',
    assured_date: assured.toISOString().slice(0, 10),
  };
}

export function generateListings(n: number, seed: number, vocab: Vocabularies, venues: { all: Venue[]; hubs: Venue[] }): ListingInput[] {
  const p = picker(seed);
  return Array.from({ length: n }, (_, i) => generateListing(p, i, vocab, venues));
}

/** Write listings as YAML files, 100 to a folder as organisations would, under `dir`. */
export function writeListings(dir: string, listings: readonly ListingInput[]): void {
  listings.forEach((l, i) => {
    const folder = join(dir, `generated-organisation-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `service-${i}.yaml`), stringify(l));
  });
}
