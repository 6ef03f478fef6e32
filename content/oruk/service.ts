import type { LoadedListing, ResolvedVenue } from '../lib/load-directory.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { WHOLE_BOROUGH, type Council, type Day, type Schedule } from '../schema/index.ts';
import { orukId } from './stable-uuid.ts';
import type { Taxonomies } from './taxonomies.ts';
import type {
  OrukAttribute,
  OrukLocation,
  OrukOrganization,
  OrukSchedule,
  OrukService,
  OrukServiceArea,
  OrukServiceAtLocation,
  OrukTaxonomyTerm,
} from './types.ts';

export interface ServiceContext {
  council: Council;
  vocab: Vocabularies;
  taxonomies: Taxonomies;
}

const BYDAY: Record<Day, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };

/** "Home-Start Doncaster" → "home-start-doncaster": organisations have no id of their own in a listing. */
export function organisationKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function toOrukOrganization(name: string, ctx: Pick<ServiceContext, 'council'>): OrukOrganization {
  return {
    id: orukId(ctx.council.id, 'organization', organisationKey(name)),
    name,
    // ORUK requires a description; listings do not describe their organisation, so say what we know.
    description: `${name} runs services listed in the ${ctx.council.directory_name}.`,
  };
}

/** Only the parts of a locality's URL we publish: the site's locality page. */
export function localityUri(council: Council, localityId: string): string {
  return `${council.site_url.replace(/\/$/, '')}/localities/${localityId}/`;
}

function serviceAreas(l: LoadedListing, serviceId: string, ctx: ServiceContext): OrukServiceArea[] {
  const { council } = ctx;
  if (l.listing.service_areas.includes(WHOLE_BOROUGH)) {
    return [
      {
        id: orukId(council.id, 'service_area', `${l.id}/${WHOLE_BOROUGH}`),
        service_id: serviceId,
        name: council.area_name,
        description: `Families anywhere in ${council.area_name}.`,
        uri: `${council.site_url.replace(/\/$/, '')}/`,
      },
    ];
  }
  return l.listing.service_areas.map((a) => {
    const loc = ctx.vocab.localities.find((x) => x.id === a);
    return {
      id: orukId(council.id, 'service_area', `${l.id}/${a}`),
      service_id: serviceId,
      name: `${loc?.name ?? a} ${council.area_name}`,
      ...(loc ? { description: loc.description } : {}),
      uri: localityUri(council, a),
    };
  });
}

function schedulesOf(list: Schedule[], key: string, serviceId: string, ctx: ServiceContext, salId?: string): OrukSchedule[] {
  return list.map((s, i) => ({
    id: orukId(ctx.council.id, 'schedule', `${key}/${i}`),
    service_id: serviceId,
    ...(salId ? { service_at_location_id: salId } : {}),
    freq: 'WEEKLY',
    interval: 1,
    byday: s.days.map((d) => BYDAY[d]).join(','),
    opens_at: s.opens_at,
    closes_at: s.closes_at,
    ...(s.description ? { description: s.description } : {}),
  }));
}

/**
 * The venue's id. A visible venue shared by several services (a Family Hub) gets one id everywhere. A venue
 * whose address is hidden gets an id from the listing instead: an id derived from its postcode could be
 * matched against every postcode in the borough, which would give the address away.
 */
function locationKey(l: LoadedListing, v: ResolvedVenue, i: number): string {
  if (v.hide_address) return `hidden/${l.id}/${i}`;
  if (v.hub) return `hub/${v.hub}`;
  return `venue/${organisationKey(v.name)}/${v.postal_code}`;
}

function toLocation(l: LoadedListing, v: ResolvedVenue, i: number, ctx: ServiceContext): OrukLocation {
  const c = ctx.council.id;
  const id = orukId(c, 'location', locationKey(l, v, i));
  const outcode = v.postal_code.split(' ')[0];
  const accessibility = [
    ...v.accessibility.map((f) => ({
      id: orukId(c, 'accessibility', `${locationKey(l, v, i)}/${f}`),
      location_id: id,
      description: ctx.vocab.accessibilityFeatures.find((x) => x.id === f)?.label ?? f,
    })),
    ...(v.accessibility_notes
      ? [{ id: orukId(c, 'accessibility', `${locationKey(l, v, i)}/notes`), location_id: id, description: 'Notes', details: v.accessibility_notes }]
      : []),
  ];
  if (v.hide_address) {
    // Hidden addresses stay hidden: no street, no postcode, no directions; the point is the district's centre.
    return {
      id,
      location_type: 'physical',
      name: v.name,
      description: `The address is not published, to keep people safe. The venue is in ${v.city} (${outcode}); the map point is the centre of the ${outcode} postcode district, not the venue.`,
      latitude: v.lat,
      longitude: v.lng,
      ...(accessibility.length ? { accessibility } : {}),
    };
  }
  return {
    id,
    location_type: 'physical',
    name: v.name,
    ...(v.description ? { description: v.description } : {}),
    latitude: v.lat,
    longitude: v.lng,
    ...(v.transportation ? { transportation: v.transportation } : {}),
    addresses: [
      {
        id: orukId(c, 'address', locationKey(l, v, i)),
        location_id: id,
        address_1: v.address_1,
        ...(v.address_2 ? { address_2: v.address_2 } : {}),
        city: v.city,
        // The UK profile requires state_province; the council's area is the nearest thing we hold.
        state_province: ctx.council.area_name,
        postal_code: v.postal_code,
        country: 'GB',
        address_type: 'physical',
      },
    ],
    ...(accessibility.length ? { accessibility } : {}),
  };
}

export function toOrukServiceAtLocations(l: LoadedListing, ctx: ServiceContext): OrukServiceAtLocation[] {
  const serviceId = orukId(ctx.council.id, 'service', l.id);
  return l.venues.map((v, i) => {
    const location = toLocation(l, v, i, ctx);
    return { id: orukId(ctx.council.id, 'service_at_location', `${l.id}/${i}`), service_id: serviceId, location_id: location.id, location };
  });
}

function attributesOf(l: LoadedListing, serviceId: string, ctx: ServiceContext): OrukAttribute[] {
  const t = ctx.taxonomies;
  const linked: [string, OrukTaxonomyTerm][] = [];
  const seen = new Set<string>();
  const link = (type: string, term: OrukTaxonomyTerm) => {
    if (seen.has(term.id)) return;
    seen.add(term.id);
    linked.push([type, term]);
  };
  for (const n of l.listing.needs) link('need', t.needTerm(n));
  for (const n of l.listing.needs) {
    for (const cat of ctx.vocab.needs.find((x) => x.id === n)?.dfe_categories ?? []) link('service_category', t.dfeTerm(cat.parent, cat.name));
  }
  link('level_of_need', t.levelTerm(l.listing.level_of_need));
  for (const r of l.listing.access_routes) link('access_route', t.accessTerm(r));
  for (const d of l.listing.delivery) link('delivery', t.deliveryTerm(d));
  return linked.map(([type, term]) => ({
    id: orukId(ctx.council.id, 'attribute', `${l.id}/${term.id}`),
    link_id: serviceId,
    link_type: type,
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  }));
}

/** One listing as a fully nested ORUK 3.0 service (the `/services/{id}` response). Pure. */
export function toOrukService(l: LoadedListing, ctx: ServiceContext): OrukService {
  const c = ctx.council.id;
  const s = l.listing;
  const id = orukId(c, 'service', l.id);
  const organization = toOrukOrganization(s.organization, ctx);
  const sals = toOrukServiceAtLocations(l, ctx);
  const schedules = [
    ...schedulesOf(s.schedules, `${l.id}/service`, id, ctx),
    ...l.venues.flatMap((v, i) => schedulesOf(v.schedules ?? [], `${l.id}/venue/${i}`, id, ctx, sals[i]!.id)),
  ];
  const languages = s.languages.map((code) => ({
    id: orukId(c, 'language', `${l.id}/${code}`),
    service_id: id,
    code,
    name: ctx.vocab.languages.find((x) => x.id === code)?.label ?? code,
  }));
  const contacts = s.contacts.map((ct, i) => ({
    id: orukId(c, 'contact', `${l.id}/${i}`),
    service_id: id,
    ...(ct.name ? { name: ct.name } : {}),
    ...(ct.title ? { title: ct.title } : {}),
    ...(ct.email ? { email: ct.email } : {}),
    ...(ct.phone ? { phones: [{ id: orukId(c, 'phone', `${l.id}/${i}`), number: ct.phone }] } : {}),
  }));
  const costOptions = s.cost_options.map((o, i) => ({
    id: orukId(c, 'cost_option', `${l.id}/${i}`),
    service_id: id,
    ...(o.option ? { option: o.option } : {}),
    ...(o.amount !== undefined ? { amount: o.amount, currency: 'GBP' } : {}),
    amount_description: o.amount_description,
  }));
  const areas = serviceAreas(l, id, ctx);
  return {
    id,
    organization_id: organization.id,
    name: s.name,
    description: s.description,
    ...(s.url ? { url: s.url } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: s.status === 'temporarily-closed' ? 'temporarily closed' : 'active',
    fees: s.cost === 'free' ? 'Free' : 'There is a charge: see the cost options.',
    ...(s.eligibility_description ? { eligibility_description: s.eligibility_description } : {}),
    ...(s.application_process ? { application_process: s.application_process } : {}),
    minimum_age: s.minimum_age,
    maximum_age: s.maximum_age,
    assured_date: s.assured_date,
    ...(s.alert ? { alert: s.alert } : {}),
    ...(schedules.length ? { schedules } : {}),
    ...(areas.length ? { service_areas: areas } : {}),
    ...(sals.length ? { service_at_locations: sals } : {}),
    languages,
    organization,
    ...(costOptions.length ? { cost_options: costOptions } : {}),
    ...(contacts.length ? { contacts } : {}),
    attributes: attributesOf(l, id, ctx),
  };
}

/** The one-to-one fields of a service and its organisation: an item of the `/services` list. */
export function toOrukServiceListItem(service: OrukService): OrukService {
  const { schedules, service_areas, service_at_locations, languages, cost_options, contacts, attributes, ...flat } = service;
  return flat;
}
