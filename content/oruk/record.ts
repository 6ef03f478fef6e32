import { describeValue, get, hasValue, isRec, num, recs, str, termsIn, type Rec } from './read.ts';
import type { OrukLocation, OrukSchedule, OrukService, OrukServiceAtLocation } from './types.ts';

/**
 * One service record of a feed, in either shape councils publish: ORUK 1.0 (HSDS-UK: `service_taxonomys`,
 * `eligibilitys`, `regular_schedules`, `physical_addresses`) or 3.0, with the extensions real feeds add
 * (`attending_type`, `attending_access`, `deliverable_type`, `pc_`-prefixed fields such as
 * `pc_targetAudience`). Every value is read defensively, and every field that is not mapped is named in
 * `unmapped`, so nothing is dropped without a word.
 */
export interface FeedService extends OrukService {
  /** Audience and other extension terms, with the field each came from. */
  audience: { field: string; term: string }[];
  /** How families attend or receive the service, as the feed words it (Venue, Phone, Online…). */
  attending: string[];
  /** How families get to it (drop-in, referral, appointment…). */
  access: string[];
  /** Fields of the record nothing maps: "holiday_schedules (2 items)". */
  unmapped: string[];
}

/** Whether a service came through readService, so it has the feed's audience, attending, access and unmapped, rather than as a plain OrukService. */
export const isFeed = (s: OrukService): s is FeedService => Array.isArray((s as FeedService).unmapped);

// Every service field the importer reads, in either shape. Ids of linked records carry nothing an editor needs.
const MAPPED = new Set([
  'id',
  'name',
  'description',
  'url',
  'email',
  'status',
  'fees',
  'assured_date',
  'eligibilitys',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'organization',
  'regular_schedules',
  'schedules',
  'service_areas',
  'service_at_locations',
  'languages',
  'cost_options',
  'contacts',
  'service_taxonomys',
  'attributes',
  'attending_type',
  'attending_access',
  'deliverable_type',
  'application_process',
  'alert',
  'short_description',
  'organization_id',
  'program_id',
  'last_modified',
  'phones',
  'taxonomy_terms',
]);

const STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

// The fields the importer reads inside each nested record, by the path of the record. Ids and links carry
// nothing an editor needs; any other field with a value is named in the listing's notes.
const SCHEDULE = ['byday', 'opens_at', 'closes_at', 'freq', 'description'];
const NESTED: Record<string, string[]> = {
  organization: ['name', 'url', 'website', 'email', 'services'],
  contacts: ['name', 'title', 'email', 'phones'],
  'contacts.phones': ['number'],
  phones: ['number'],
  eligibilitys: ['eligibility', 'minimum_age', 'maximum_age'],
  regular_schedules: SCHEDULE,
  schedules: SCHEDULE,
  service_areas: ['service_area', 'name', 'uri'],
  languages: ['language', 'name', 'code'],
  cost_options: ['option', 'amount', 'amount_description', 'currency'],
  service_taxonomys: ['taxonomy'],
  'service_taxonomys.taxonomy': ['name', 'vocabulary', 'parent'],
  attributes: ['taxonomy_term'],
  'attributes.taxonomy_term': ['name', 'taxonomy', 'term', 'description', 'parent'],
  taxonomy_terms: ['name', 'vocabulary', 'taxonomy', 'term', 'description', 'parent'],
  service_at_locations: ['location', 'regular_schedules', 'schedules'],
  'service_at_locations.regular_schedules': SCHEDULE,
  'service_at_locations.schedules': SCHEDULE,
  'service_at_locations.location': [
    'name',
    'description',
    'latitude',
    'longitude',
    'physical_addresses',
    'addresses',
    'accessibility_for_disabilities',
    'accessibility',
    'location_type',
    'transportation',
  ],
  'service_at_locations.location.physical_addresses': [
    'address_1',
    'address_2',
    'city',
    'state_province',
    'postal_code',
    'country',
    'address_type',
    'region',
  ],
  'service_at_locations.location.addresses': ['address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type', 'region'],
  'service_at_locations.location.accessibility_for_disabilities': ['accessibility', 'description', 'details'],
  'service_at_locations.location.accessibility': ['accessibility', 'description', 'details'],
};
const IGNORED = /(?:^|_)ids?$|^link_|^uri$/i;

/** Fields with a value inside nested records that nothing maps, as paths: "organization.logo". */
function unmappedInside(path: string, value: unknown, out: Set<string>, depth = 0): void {
  const known = NESTED[path];
  if (!known || depth > 6) return;
  for (const r of recs(value)) {
    for (const [k, v] of Object.entries(r)) {
      if (!hasValue(v) || (IGNORED.test(k) && !known.includes(k))) continue;
      if (known.includes(k)) unmappedInside(`${path}.${k}`, v, out, depth + 1);
      else out.add(`${path}.${k}`);
    }
  }
}

export function looksLikeService(item: Rec): boolean {
  if (str(get(item, 'name')) === undefined) return false;
  if (
    ['service_taxonomys', 'eligibilitys', 'regular_schedules', 'service_at_locations', 'attending_type', 'fees', 'assured_date'].some(
      (k) => get(item, k) !== undefined,
    )
  )
    return true;
  return str(get(item, 'status')) !== undefined && get(item, 'taxonomy_terms') === undefined && get(item, 'vocabulary') === undefined;
}

function schedules(list: unknown, salId?: string): OrukSchedule[] {
  return recs(list).map((s) => {
    const freq = str(get(s, 'freq'))?.toUpperCase();
    const o: OrukSchedule = { id: str(get(s, 'id')) ?? '' };
    if (salId) o.service_at_location_id = salId;
    else if (str(get(s, 'service_at_location_id'))) o.service_at_location_id = str(get(s, 'service_at_location_id'))!;
    if (freq) o.freq = freq === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY';
    for (const k of ['byday', 'opens_at', 'closes_at', 'description'] as const) {
      const v = str(get(s, k));
      if (v) o[k] = v;
    }
    return o;
  });
}

function location(raw: unknown): OrukLocation | undefined {
  if (!isRec(raw)) return undefined;
  const type = str(get(raw, 'location_type'));
  const addresses = [...recs(get(raw, 'physical_addresses')), ...recs(get(raw, 'addresses'))].map((a) => ({
    id: str(get(a, 'id')) ?? '',
    address_1: str(get(a, 'address_1')) ?? '',
    ...(str(get(a, 'address_2')) ? { address_2: str(get(a, 'address_2'))! } : {}),
    city: str(get(a, 'city')) ?? '',
    state_province: str(get(a, 'state_province')) ?? '',
    postal_code: str(get(a, 'postal_code')) ?? '',
    country: str(get(a, 'country')) ?? 'GB',
    address_type: (str(get(a, 'address_type')) === 'postal' ? 'postal' : 'physical') as 'physical' | 'postal',
  }));
  const accessibility = [...recs(get(raw, 'accessibility_for_disabilities')), ...recs(get(raw, 'accessibility'))].map((a) => ({
    id: str(get(a, 'id')) ?? '',
    description: str(get(a, 'accessibility')) ?? str(get(a, 'description')) ?? '',
    ...(str(get(a, 'details')) ? { details: str(get(a, 'details'))! } : {}),
  }));
  const lat = num(get(raw, 'latitude'));
  const lng = num(get(raw, 'longitude'));
  return {
    id: str(get(raw, 'id')) ?? '',
    location_type: type === 'virtual' ? 'virtual' : type === 'postal' ? 'postal' : 'physical',
    ...(str(get(raw, 'name')) ? { name: str(get(raw, 'name'))! } : {}),
    ...(str(get(raw, 'description')) ? { description: str(get(raw, 'description'))! } : {}),
    ...(str(get(raw, 'transportation')) ? { transportation: str(get(raw, 'transportation'))! } : {}),
    ...(lat !== undefined ? { latitude: lat } : {}),
    ...(lng !== undefined ? { longitude: lng } : {}),
    addresses,
    accessibility,
  };
}

function serviceAtLocations(item: Rec): { sals: OrukServiceAtLocation[]; times: OrukSchedule[] } {
  const sals: OrukServiceAtLocation[] = [];
  const times: OrukSchedule[] = [];
  for (const sal of recs(get(item, 'service_at_locations'))) {
    const id = str(get(sal, 'id')) ?? '';
    const loc = location(get(sal, 'location'));
    sals.push({ id, ...(loc ? { location: loc } : {}) });
    times.push(...schedules(get(sal, 'regular_schedules'), id), ...schedules(get(sal, 'schedules'), id));
  }
  return { sals, times };
}

/** One service record, v1 or v3, as the importer reads it. Never throws on a badly typed record. */
export function readService(item: Rec): FeedService {
  const eligibility = recs(get(item, 'eligibilitys'))[0];
  const org = get(item, 'organization');
  const status = str(get(item, 'status'))?.toLowerCase();
  const { sals, times } = serviceAtLocations(item);
  const text = (k: string) => (str(get(item, k)) ? { [k]: str(get(item, k))! } : {});
  const minAge = num(get(item, 'minimum_age')) ?? num(get(eligibility, 'minimum_age'));
  const maxAge = num(get(item, 'maximum_age')) ?? num(get(eligibility, 'maximum_age'));
  const eligibilityText = str(get(item, 'eligibility_description')) ?? str(get(eligibility, 'eligibility'));
  const taxonomyTerms = [
    ...recs(get(item, 'service_taxonomys')).map((t) => get(t, 'taxonomy')),
    ...recs(get(item, 'attributes')).map((a) => get(a, 'taxonomy_term')),
    ...recs(get(item, 'taxonomy_terms')),
  ].filter(isRec);

  const audience: FeedService['audience'] = [];
  const unmapped: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (!hasValue(value)) continue;
    if (MAPPED.has(key)) {
      const inside = new Set<string>();
      unmappedInside(key, value, inside);
      unmapped.push(...inside);
      continue;
    }
    const terms = /^pc_/i.test(key) ? termsIn(value) : [];
    if (terms.length > 0) for (const term of terms) audience.push({ field: key, term });
    else unmapped.push(`${key} (${describeValue(value)})`);
  }

  return {
    id: str(get(item, 'id')) ?? '',
    name: str(get(item, 'name')) ?? '',
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as OrukService['status']) : 'active',
    ...text('description'),
    ...text('short_description'),
    ...text('url'),
    ...text('email'),
    ...text('fees'),
    ...text('application_process'),
    ...text('alert'),
    ...(str(get(item, 'assured_date')) ? { assured_date: str(get(item, 'assured_date'))! } : {}),
    ...(minAge !== undefined ? { minimum_age: minAge } : {}),
    ...(maxAge !== undefined ? { maximum_age: maxAge } : {}),
    ...(eligibilityText ? { eligibility_description: eligibilityText } : {}),
    ...(isRec(org) && str(get(org, 'name'))
      ? {
          organization: {
            id: str(get(org, 'id')) ?? '',
            name: str(get(org, 'name'))!,
            description: str(get(org, 'description')) ?? '',
            ...((str(get(org, 'url')) ?? str(get(org, 'website'))) ? { website: (str(get(org, 'url')) ?? str(get(org, 'website')))! } : {}),
            ...(str(get(org, 'email')) ? { email: str(get(org, 'email'))! } : {}),
          },
        }
      : {}),
    schedules: [...schedules(get(item, 'regular_schedules')), ...schedules(get(item, 'schedules')), ...times],
    service_areas: recs(get(item, 'service_areas')).map((a) => ({
      id: str(get(a, 'id')) ?? '',
      name: str(get(a, 'service_area')) ?? str(get(a, 'name')) ?? '',
      ...(str(get(a, 'uri')) ? { uri: str(get(a, 'uri'))! } : {}),
    })),
    service_at_locations: sals,
    languages: [...recs(get(item, 'languages')), ...termsIn(get(item, 'languages')).map((name) => ({ name }))].map((l) => ({
      id: str(get(l, 'id')) ?? '',
      ...((str(get(l, 'language')) ?? str(get(l, 'name'))) ? { name: (str(get(l, 'language')) ?? str(get(l, 'name')))! } : {}),
      ...(str(get(l, 'code')) ? { code: str(get(l, 'code'))! } : {}),
    })),
    cost_options: recs(get(item, 'cost_options')).map((o) => ({
      id: str(get(o, 'id')) ?? '',
      ...(str(get(o, 'option')) ? { option: str(get(o, 'option'))! } : {}),
      ...(num(get(o, 'amount')) !== undefined ? { amount: num(get(o, 'amount'))! } : {}),
      ...(str(get(o, 'amount_description')) ? { amount_description: str(get(o, 'amount_description'))! } : {}),
    })),
    contacts: [...recs(get(item, 'contacts')), ...(recs(get(item, 'phones')).length ? [{ phones: get(item, 'phones') }] : [])].map((c) => ({
      id: str(get(c, 'id')) ?? '',
      ...(str(get(c, 'name')) ? { name: str(get(c, 'name'))! } : {}),
      ...(str(get(c, 'title')) ? { title: str(get(c, 'title'))! } : {}),
      ...(str(get(c, 'email')) ? { email: str(get(c, 'email'))! } : {}),
      phones: recs(get(c, 'phones')).flatMap((p) => (str(get(p, 'number')) ? [{ id: str(get(p, 'id')) ?? '', number: str(get(p, 'number'))! }] : [])),
    })),
    attributes: taxonomyTerms.map((t, i) => ({
      id: String(i),
      taxonomy_term: {
        id: str(get(t, 'id')) ?? '',
        name: str(get(t, 'name')) ?? '',
        description: '',
        ...((str(get(t, 'vocabulary')) ?? str(get(t, 'taxonomy'))) ? { taxonomy: (str(get(t, 'vocabulary')) ?? str(get(t, 'taxonomy')))! } : {}),
        ...(str(get(t, 'term')) ? { term: str(get(t, 'term'))! } : {}),
      },
    })),
    audience,
    attending: [...termsIn(get(item, 'attending_type')), ...termsIn(get(item, 'deliverable_type'))],
    access: termsIn(get(item, 'attending_access')),
    unmapped,
  };
}
