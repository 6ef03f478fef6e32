import { normalisePostcode } from '../lib/postcodes.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import {
  ACCESS_ROUTES,
  DAYS,
  DELIVERY,
  LEVELS,
  WHOLE_BOROUGH,
  email as emailSchema,
  phone as phoneSchema,
  webUrl,
  type Day,
  type ListingInput,
  type LocationInput,
} from '../schema/index.ts';
import { localityUri, organisationKey } from './service.ts';
import { orukId } from './stable-uuid.ts';
import { TAXONOMY_CODES } from './taxonomies.ts';
import type { OrukAttribute, OrukLocation, OrukSchedule, OrukService, OrukTaxonomyTerm } from './types.ts';
import type { DirectoryContext } from '../lib/directory-context.ts';

/** `today` is the day of the import, used when the feed gives no assured date. */
export type ImportContext = DirectoryContext;

export interface ImportedListing {
  /** Where the listing goes below the output folder, without extension: `<organisation>/<service>`. */
  path: string;
  /** The service's id in the source feed, kept in the file's header so a later import can find it. */
  sourceId: string;
  listing: ListingInput;
  /**
   * What the importer could not map, in plain English, for the editor who finishes the listing. A listing
   * with any `blocking` note would not pass the validator as it stands.
   */
  notes: { message: string; blocking: boolean }[];
}

const BYDAY: Record<string, Day> = { MO: 'monday', TU: 'tuesday', WE: 'wednesday', TH: 'thursday', FR: 'friday', SA: 'saturday', SU: 'sunday' };
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>/gi;

function clean(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text === null) return undefined;
  // Markdown indentation matters, so only HTML (which listings refuse) and the ends are cleaned.
  const t = String(text).replace(HTML_TAG, ' ').trim();
  if (t === '') return undefined;
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
const oneLine = (text: string | undefined, max: number) => clean(text?.replace(/\s+/g, ' '), max);

export function slugify(text: string): string {
  return organisationKey(text).slice(0, 60).replace(/-+$/, '') || 'service';
}

/** The first sentence of a description, as a stand-in summary the editor should check. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(flat);
  return oneLine(m?.[1] ?? flat, 160)!;
}

function termsOf(s: OrukService): OrukTaxonomyTerm[] {
  return (s.attributes ?? []).flatMap((a: OrukAttribute) => (a.taxonomy_term ? [a.taxonomy_term] : []));
}

/**
 * The reverse of needs.yaml `dfe_categories`: for one DfE category, the need that lists it earliest (its
 * most characteristic need), preferring needs the DfE list covers directly.
 */
export function needForDfeCategory(vocab: Vocabularies, category: string): string | undefined {
  const key = category.trim().toLowerCase();
  let best: { id: string; rank: number } | undefined;
  vocab.needs.forEach((n, order) => {
    const i = n.dfe_categories.findIndex((c) => c.name.toLowerCase() === key);
    if (i < 0) return;
    const rank = i * 100 + (n.dfe_direct ? 0 : 50) + order;
    if (!best || rank < best.rank) best = { id: n.id, rank };
  });
  return best?.id;
}

function codesIn<T extends string>(terms: OrukTaxonomyTerm[], taxonomy: string, allowed: readonly T[]): T[] {
  return [...new Set(terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.term ?? ''))].filter((c): c is T => (allowed as readonly string[]).includes(c));
}

function time(t: string | undefined): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(t ?? '');
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

function schedulesFrom(list: OrukSchedule[], note: (m: string, blocking?: boolean) => void) {
  return list.flatMap((s) => {
    const days = (s.byday ?? '')
      .split(',')
      .map((d) => BYDAY[d.trim().toUpperCase().replace(/^[+-]?\d+/, '')])
      .filter((d): d is Day => d !== undefined);
    const opens = time(s.opens_at);
    const closes = time(s.closes_at);
    if (days.length === 0 || !opens || !closes || opens >= closes) {
      if (s.description || s.opens_at) note(`A schedule could not be read as days and times ("${oneLine(s.description, 80) ?? `${s.byday ?? ''} ${s.opens_at ?? ''}-${s.closes_at ?? ''}`}"): add it under schedules by hand.`);
      return [];
    }
    const extra = [s.freq === 'MONTHLY' ? 'Monthly' : undefined, oneLine(s.description, 100)].filter(Boolean).join('. ');
    return [{ days: DAYS.filter((d) => days.includes(d)), opens_at: opens, closes_at: closes, ...(extra ? { description: oneLine(extra, 120)! } : {}) }];
  });
}

/**
 * One ORUK 3.0 service as a listing in our format. Pure. It maps what it can, and says in `notes` what it
 * could not, rather than guessing silently. Our own taxonomies (needs, level of need, access routes,
 * delivery) are read first, so a feed we exported comes back as it went out.
 */
export function fromOrukService(s: OrukService, ctx: ImportContext): ImportedListing {
  const notes: ImportedListing['notes'] = [];
  const note = (message: string, blocking = false) => notes.push({ message, blocking });
  const { council, vocab } = ctx;
  const terms = termsOf(s);

  const name = oneLine(s.name, 100) ?? 'Unnamed service';
  const organization = oneLine(s.organization?.name, 100);
  if (!organization) note('The feed does not say which organisation runs the service: fill in "organization".', true);
  const description = clean(s.description, 5000) ?? name;
  if (!s.description) note('The feed has no description: write one under "description".', true);
  const summary = firstSentence(description);
  note('The summary is the first sentence of the description (ORUK has no summary field): check it reads well in search results.');

  // Needs: ours first, then DfE categories mapped back through needs.yaml.
  const needIds = vocab.needs.map((n) => n.id);
  let needs = codesIn(terms, TAXONOMY_CODES.needs, needIds);
  if (needs.length === 0) {
    const unmapped: string[] = [];
    for (const t of terms) {
      const need = needForDfeCategory(vocab, t.name) ?? (t.term ? needForDfeCategory(vocab, t.term) : undefined);
      if (need) needs.push(need);
      else unmapped.push(t.name);
    }
    needs = [...new Set(needs)].slice(0, 4);
    if (needs.length > 0) note(`The needs (${needs.join(', ')}) were worked out from DfE categories: check they are the ones families would look under.`);
    if (unmapped.length > 0) note(`These categories match no need: ${[...new Set(unmapped)].map((u) => `"${u}"`).join(', ')}.`);
  }
  if (needs.length === 0) note('No category in the feed matches a need: choose 1 to 4 needs from content/vocabularies/needs.yaml.', true);

  const levels = codesIn(terms, TAXONOMY_CODES.level, LEVELS);
  const level_of_need = levels[0] ?? 'universal';
  if (levels.length === 0) note('The feed does not give a level of need: we put "universal"; change it to targeted or specialist if it needs a referral.');
  let access_routes = codesIn(terms, TAXONOMY_CODES.access, ACCESS_ROUTES);
  if (access_routes.length === 0) {
    access_routes = ['self-referral'];
    note('The feed does not say how families get to the service: we put self-referral; check "access_routes".');
  }

  // Ages: ORUK allows any age; ours stop at 25, and the council's policy gives the defaults.
  const policy = council.age_policy;
  const ages: Pick<ListingInput, 'minimum_age' | 'maximum_age'> = {};
  if (typeof s.minimum_age === 'number' && s.minimum_age >= 0) ages.minimum_age = Math.min(s.minimum_age, 25);
  if (typeof s.maximum_age === 'number' && s.maximum_age >= 0) {
    if (s.maximum_age > 25) {
      note(`The feed gives a maximum age of ${s.maximum_age}; this directory covers children and young people, so we used ${policy.maximum_age}. Check it.`);
      ages.maximum_age = Math.max(policy.maximum_age, ages.minimum_age ?? 0);
    } else ages.maximum_age = s.maximum_age;
  }
  if (ages.minimum_age !== undefined && ages.maximum_age !== undefined && ages.minimum_age > ages.maximum_age) {
    note(`The minimum age (${ages.minimum_age}) is above the maximum age (${ages.maximum_age}): fix the ages.`, true);
  }
  if (s.minimum_age === undefined && s.maximum_age === undefined) {
    note(`The feed gives no ages: the council's default (${policy.minimum_age} to ${policy.maximum_age}) applies. Add minimum_age and maximum_age if the service is for a narrower age group.`);
  }

  // Venues.
  const hubByLocationId = new Map(vocab.hubs.map((h) => [orukId(council.id, 'location', `hub/${h.id}`), h.id]));
  const venueSchedules = (salId: string) => (s.schedules ?? []).filter((x) => x.service_at_location_id === salId);
  const locations: LocationInput[] = [];
  for (const sal of s.service_at_locations ?? []) {
    const loc: OrukLocation | undefined = sal.location;
    if (!loc || loc.location_type === 'virtual') continue;
    const label = oneLine(loc.name, 100) ?? 'Unnamed venue';
    const address = loc.addresses?.find((a) => a.address_type !== 'postal') ?? loc.addresses?.[0];
    if (!address) {
      note(`The venue "${label}" has no address in the feed (it may be hidden on purpose): add it by hand, with hide_address: true if it must stay private.`, true);
      continue;
    }
    const postcode = normalisePostcode(address.postal_code ?? '');
    const point = postcode ? ctx.postcodes.get(postcode) : undefined;
    if (!postcode) note(`The venue "${label}" has no usable postcode ("${address.postal_code ?? ''}"): add the full postcode.`, true);
    else if (!point || point.wardCode === '') note(`The venue "${label}" has the postcode ${postcode}, which is not in ${council.area_name}: check it, or remove the venue.`, true);
    const hub =
      hubByLocationId.get(loc.id) ??
      vocab.hubs.find((h) => postcode !== undefined && normalisePostcode(h.postal_code) === postcode && label.toLowerCase().includes(h.name.toLowerCase().replace(/ (family|youth) hub$/, '')))?.id;
    const features: string[] = [];
    const other: string[] = [];
    for (const a of loc.accessibility ?? []) {
      const f = vocab.accessibilityFeatures.find((x) => x.label.toLowerCase() === (a.description ?? '').trim().toLowerCase());
      if (f) features.push(f.id);
      else other.push([a.description === 'Notes' ? undefined : a.description, a.details].filter(Boolean).map((t) => t!.trim().replace(/([^.!?])$/, '$1.')).join(' '));
    }
    const times = schedulesFrom(venueSchedules(sal.id), note);
    locations.push({
      name: label,
      address_1: oneLine(address.address_1, 100) ?? '',
      ...(oneLine(address.address_2, 100) ? { address_2: oneLine(address.address_2, 100)! } : {}),
      city: oneLine(address.city, 60) ?? council.area_name,
      postal_code: postcode ?? oneLine(address.postal_code, 20) ?? '',
      ...(hub ? { hub } : {}),
      ...(features.length ? { accessibility: [...new Set(features)] } : {}),
      ...(other.filter(Boolean).length ? { accessibility_notes: oneLine(other.filter(Boolean).join(' '), 300)! } : {}),
      ...(oneLine(loc.transportation, 300) ? { transportation: oneLine(loc.transportation, 300)! } : {}),
      ...(clean(loc.description, 600) ? { description: clean(loc.description, 600)! } : {}),
      ...(times.length ? { schedules: times } : {}),
    });
  }

  let delivery = codesIn(terms, TAXONOMY_CODES.delivery, DELIVERY);
  if (delivery.length === 0) {
    delivery = locations.length > 0 ? ['in-person'] : (s.contacts ?? []).some((c) => c.phones?.length) ? ['phone'] : ['online'];
    note(`The feed does not say how the service is delivered: we put ${delivery.join(', ')}; check "delivery".`);
  }
  if (delivery.includes('in-person') && locations.length === 0) note('The service is delivered in person but no venue could be imported: add one under locations.', true);

  // Service areas: our locality pages first, then names, then the venues' localities.
  const areas = new Set<string>();
  let wholeBorough = false;
  for (const a of s.service_areas ?? []) {
    const byUri = vocab.localities.find((l) => a.uri === localityUri(council, l.id));
    const byName = vocab.localities.find((l) => [l.name, `${l.name} ${council.area_name}`].some((n) => n.toLowerCase() === (a.name ?? '').trim().toLowerCase()));
    if (byUri ?? byName) areas.add((byUri ?? byName)!.id);
    else if ((a.name ?? '').trim().toLowerCase() === council.area_name.toLowerCase() || a.uri === `${council.site_url.replace(/\/$/, '')}/`) wholeBorough = true;
  }
  if (!wholeBorough && areas.size === 0) {
    const wardToLocality = new Map(vocab.localities.flatMap((l) => l.wards.map((w) => [w.code, l.id] as const)));
    for (const l of locations) {
      const locality = wardToLocality.get(ctx.postcodes.get(l.postal_code)?.wardCode ?? '');
      if (locality) areas.add(locality);
    }
    if (areas.size > 0) note(`The feed's service area does not name one of our localities: we used the localities of the venues (${[...areas].join(', ')}). Check "service_areas".`);
    else {
      wholeBorough = true;
      note(`The feed's service area does not name one of our localities: we put [${WHOLE_BOROUGH}]. Check "service_areas".`);
    }
  }
  const service_areas = wholeBorough ? [WHOLE_BOROUGH] : vocab.localities.map((l) => l.id).filter((id) => areas.has(id));

  // Contacts.
  const contacts: NonNullable<ListingInput['contacts']> = [];
  for (const c of s.contacts ?? []) {
    const number = c.phones?.map((p) => p.number).find((n) => phoneSchema.safeParse(n).success);
    const badNumber = c.phones?.find((p) => !phoneSchema.safeParse(p.number).success);
    if (badNumber) note(`The phone number "${badNumber.number}" is not a UK number we can use: check it.`);
    const mail = c.email && emailSchema.safeParse(c.email).success ? c.email.trim() : undefined;
    if (!number && !mail) {
      if (c.name || c.title) note(`The contact "${oneLine(c.name ?? c.title, 80)}" has no phone number or email we can use, so it was left out.`);
      continue;
    }
    contacts.push({
      ...(oneLine(c.name, 80) ? { name: oneLine(c.name, 80)! } : {}),
      ...(oneLine(c.title, 80) ? { title: oneLine(c.title, 80)! } : {}),
      ...(number ? { phone: number.trim() } : {}),
      ...(mail ? { email: mail } : {}),
    });
  }
  const url = s.url && webUrl.safeParse(s.url).success ? s.url.trim() : undefined;
  const mail = s.email && emailSchema.safeParse(s.email).success ? s.email.trim() : undefined;
  if (!url && !mail && contacts.length === 0) note('The feed gives no way to get in touch: add a phone number or email under contacts, or a url.', true);

  // Cost: priced options make it paid; "free" (or nothing at all) makes it free.
  const cost_options = (s.cost_options ?? []).flatMap((o) => {
    const text = oneLine(o.amount_description, 200) ?? (typeof o.amount === 'number' ? `£${o.amount.toFixed(2)}` : undefined);
    if (!text) return [];
    return [{ ...(oneLine(o.option, 80) ? { option: oneLine(o.option, 80)! } : {}), ...(typeof o.amount === 'number' ? { amount: o.amount } : {}), amount_description: text }];
  });
  const saysFree = /\bfree\b/i.test(s.fees ?? '') && !/\bnot free\b/i.test(s.fees ?? '');
  const paid = cost_options.some((o) => (o.amount ?? 1) > 0) || (!saysFree && !!s.fees && cost_options.length === 0);
  if (paid && cost_options.length === 0) cost_options.push({ amount_description: oneLine(s.fees, 200)! });

  const languages = [
    ...new Set(
      (s.languages ?? []).flatMap((l) => {
        const found = vocab.languages.find((v) => v.id === l.code?.toLowerCase() || v.label.toLowerCase() === (l.name ?? '').toLowerCase());
        if (!found && (l.code || l.name)) note(`The language "${l.name ?? l.code}" is not in content/vocabularies/languages.yaml: add it there first, or leave it out.`);
        return found ? [found.id] : [];
      }),
    ),
  ];

  let assured = /^\d{4}-\d{2}-\d{2}$/.test(s.assured_date ?? '') ? s.assured_date! : undefined;
  if (assured && assured > ctx.today) assured = undefined;
  if (!assured) note(`The feed gives no assured date we can use: we put the day of the import (${ctx.today}). Check the listing with the provider before publishing.`);

  if (s.status === 'inactive' || s.status === 'defunct') note(`The feed says this service is ${s.status}: do not publish it unless the provider confirms it runs.`, true);
  const eligibility = oneLine(s.eligibility_description, 300);
  const application = oneLine(s.application_process, 400);
  const serviceSchedules = schedulesFrom((s.schedules ?? []).filter((x) => !x.service_at_location_id || !(s.service_at_locations ?? []).some((l) => l.id === x.service_at_location_id)), note);
  note('Not carried by ORUK: pregnancy and send_maximum_age. Add them if they apply.');

  const listing: ListingInput = {
    name,
    organization: organization ?? 'Unknown organisation',
    summary,
    description,
    needs,
    ...(eligibility ? { eligibility_description: eligibility } : {}),
    ...ages,
    level_of_need,
    access_routes,
    ...(application ? { application_process: application } : {}),
    cost: paid ? 'paid' : 'free',
    ...(cost_options.length ? { cost_options } : {}),
    delivery,
    ...(locations.length ? { locations } : {}),
    service_areas,
    ...(serviceSchedules.length ? { schedules: serviceSchedules } : {}),
    ...(url ? { url } : {}),
    ...(mail ? { email: mail } : {}),
    ...(contacts.length ? { contacts } : {}),
    languages: languages.length ? languages : ['en'],
    status: s.status === 'temporarily closed' ? 'temporarily-closed' : 'active',
    ...(oneLine(s.alert, 200) ? { alert: oneLine(s.alert, 200)! } : {}),
    assured_date: assured ?? ctx.today,
  };
  return { path: `${slugify(organization ?? 'unknown-organisation')}/${slugify(name)}`, sourceId: String(s.id ?? ''), listing, notes };
}
