/**
 * The ORUK importer's mapping of one feed service to a listing (fromOrukService), with the notes an editor
 * needs where it could not map something. Its parts are beside it: the taxonomy terms (import-terms.ts),
 * venues and schedules (import-venues.ts), contacts and cost (import-contacts.ts), and the notes and the
 * rules for access, delivery, dates and the needs mapping (import-rules.ts).
 */
import type { DirectoryContext } from '../lib/directory-context.ts';
import { ACCESS_ROUTES, DELIVERY, LEVELS, WHOLE_BOROUGH, type ListingInput } from '../schema/index.ts';
import { placeService, type Bounds, type Placement } from './area.ts';
import { contactsOf, costOf } from './import-contacts.ts';
import { accessFrom, assuredFrom, deliveryFrom, type Note, type NoteFn } from './import-rules.ts';
import { codesIn, needsFromTerms } from './import-terms.ts';
import { schedulesFrom, venuesOf } from './import-venues.ts';
import type { NeedsMapping } from './needs-mapping.ts';
import { isFeed } from './record.ts';
import { localityUri, organisationKey } from './service.ts';
import { TAXONOMY_CODES } from './taxonomies.ts';
import { markdownFrom, plainLine } from './text.ts';
import type { OrukAttribute, OrukService } from './types.ts';

export type { Note, NoteKind } from './import-rules.ts';

/**
 * What importing needs: the directory context (`today` judges assured dates, and is never written as one),
 * the feed's needs mapping file, and the council's bounds to place map points.
 */
export interface ImportContext extends DirectoryContext {
  mapping?: NeedsMapping;
  bounds?: Bounds;
}

/** A listing as imported: it may lack what the feed did not give (an assured date), which makes it a draft. */
export type ImportedListingBody = Omit<ListingInput, 'assured_date'> & { assured_date?: string };

export interface ImportedListing {
  /** Where the listing goes below the output folder, without extension: `<organisation>/<service>`. */
  path: string;
  /** The service's id in the source feed, kept in the file's header so a later import can find it. */
  sourceId: string;
  listing: ImportedListingBody;
  /**
   * What the importer could not map, in plain English, for the editor who finishes the listing. A listing
   * with any `blocking` note would not pass the validator, or must not be published, as it stands.
   */
  notes: Note[];
  /** Whether the service could be placed in the council's area, for the feed-level check. */
  placement: Placement;
  elsewhere: string[];
  /** The feed's terms that went through the needs mapping (so the mapping file can list them). */
  terms: string[];
  lapsed: boolean;
  /** Web addresses the feed gave for this service, and how many were kept. */
  urls: { given: number; kept: number };
}

/** A feed name as one part of an imported listing's path, `<organisation>/<service>`. */
// Differs from new-listing.ts's slugify: built on organisationKey, so "Crèche & Co" is "cre-che-co" here, "creche-and-co" there, and "service"
// here when no letter is left. Kept apart because one for both would change the paths imports write or the files new-listing names.
export function slugify(text: string): string {
  return organisationKey(text).slice(0, 60).replace(/-+$/, '') || 'service';
}

/** The first sentence of a description, as a stand-in summary the editor should check. */
function firstSentence(text: string): string {
  const flat = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>`]/g, '')
    .replace(/^\s*(?:-|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(flat);
  return plainLine(m?.[1] ?? flat, 160) ?? flat.slice(0, 160);
}

/**
 * One feed service (ORUK 3.0, or 1.0 read by record.ts) as a listing in our format. Pure. It maps what it can,
 * and says in `notes` what it could not, rather than guessing silently. Our own taxonomies (needs, level of
 * need, access routes, delivery) are read first, so a feed we exported comes back as it went out.
 */
export function fromOrukService(s: OrukService, ctx: ImportContext): ImportedListing {
  const notes: Note[] = [];
  const note: NoteFn = (kind, message, blocking = false) =>
    notes.push({
      kind,
      message: message.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2066-\u2069]+/g, ' '),
      blocking,
    });
  const { council, vocab } = ctx;
  const terms = (s.attributes ?? []).flatMap((a: OrukAttribute) => (a.taxonomy_term ? [a.taxonomy_term] : []));

  const name = plainLine(s.name, 100) ?? 'Unnamed service';
  if (!plainLine(s.name, 100)) note('description', 'The feed gives no name: write one under "name".', true);
  const organization = plainLine(s.organization?.name, 100);
  if (!organization) note('organisation', 'The feed does not say which organisation runs the service: fill in "organization".', true);
  const description = markdownFrom(s.description, 5000) ?? markdownFrom(s.short_description, 5000);
  if (!description) note('description', 'The feed has no description: write one under "description".', true);
  else if ((s.description ?? '').length > 5000) note('description', 'The description was longer than 5,000 characters and was cut: check its end.');
  const summary = plainLine(s.short_description, 160) ?? firstSentence(description ?? name);
  if (!s.short_description) note('summary', 'The summary is the first sentence of the description: check it reads well in search results.');

  const { needs, viaMapping } = needsFromTerms(s, terms, ctx, note);

  const levels = codesIn(terms, TAXONOMY_CODES.level, LEVELS);
  const level_of_need = levels[0] ?? 'universal';
  if (levels.length === 0)
    note('level', 'The feed does not give a level of need: we put "universal"; change it to targeted or specialist if it needs a referral.');
  let access_routes = codesIn(terms, TAXONOMY_CODES.access, ACCESS_ROUTES);
  if (access_routes.length === 0 && isFeed(s)) access_routes = accessFrom(s.access);
  if (access_routes.length === 0) {
    access_routes = ['self-referral'];
    note(
      'access',
      `The feed does not say how families get to the service${isFeed(s) && s.access.length ? ` in words we know ("${plainLine(s.access.join(', '), 60)}")` : ''}: we put self-referral; check "access_routes".`,
    );
  }

  // Ages: ORUK allows any age; ours stop at 25, and the council's policy gives the defaults.
  const policy = council.age_policy;
  const ages: Pick<ListingInput, 'minimum_age' | 'maximum_age'> = {};
  if (typeof s.minimum_age === 'number' && s.minimum_age >= 0) ages.minimum_age = Math.min(s.minimum_age, 25);
  if (typeof s.maximum_age === 'number' && s.maximum_age >= 0) {
    if (s.maximum_age > 25) {
      note(
        'ages',
        `The feed gives a maximum age of ${s.maximum_age}; this directory covers children and young people, so we used ${policy.maximum_age}. Check it.`,
      );
      ages.maximum_age = Math.max(policy.maximum_age, ages.minimum_age ?? 0);
    } else ages.maximum_age = s.maximum_age;
  }
  if (ages.minimum_age !== undefined && ages.maximum_age !== undefined && ages.minimum_age > ages.maximum_age) {
    note('ages', `The minimum age (${ages.minimum_age}) is above the maximum age (${ages.maximum_age}): fix the ages.`, true);
  }
  if (s.minimum_age === undefined && s.maximum_age === undefined) {
    note(
      'ages',
      `The feed gives no ages: the council's default (${policy.minimum_age} to ${policy.maximum_age}) applies. Add minimum_age and maximum_age if the service is for a narrower age group.`,
    );
  }

  const venues = venuesOf(s, ctx, note);
  const { locations } = venues;

  // Delivery: our code, then attending_type / deliverable_type; a venue means in person. Never a guess.
  let delivery = codesIn(terms, TAXONOMY_CODES.delivery, DELIVERY);
  if (delivery.length === 0 && isFeed(s)) {
    const found = deliveryFrom(s.attending);
    delivery = found.delivery;
    if (found.other.length)
      note(
        'delivery',
        `The feed describes the service as ${found.other.map((o) => `"${plainLine(o, 40)}"`).join(', ')}: copy that into the description if families need it.`,
      );
  }
  if (delivery.length === 0 && locations.length > 0) {
    delivery = ['in-person'];
    note(
      'delivery',
      'The feed does not say how the service is delivered: it has a venue, so we put in-person; add online or phone if it is also delivered that way.',
    );
  }
  if (delivery.length === 0)
    note(
      'delivery',
      'The feed does not say how the service is delivered, and it has no venue: choose in-person, online or phone under "delivery".',
      true,
    );
  if (delivery.includes('in-person') && locations.length === 0)
    note('venue', 'The service is delivered in person but no venue could be imported: add one under locations.', true);

  // Area: our locality pages first, then names; otherwise the venues' localities. Never the whole borough by default.
  const areas = new Set<string>();
  let wholeBorough = false;
  for (const a of s.service_areas ?? []) {
    const byUri = vocab.localities.find((l) => a.uri === localityUri(council, l.id));
    const byName = vocab.localities.find((l) =>
      [l.name, `${l.name} ${council.area_name}`].some((n) => n.toLowerCase() === (a.name ?? '').trim().toLowerCase()),
    );
    if (byUri ?? byName) areas.add((byUri ?? byName)!.id);
    else if ((a.name ?? '').trim().toLowerCase() === council.area_name.toLowerCase() || a.uri === `${council.site_url.replace(/\/$/, '')}/`)
      wholeBorough = true;
  }
  const place = placeService(
    { postcodes: venues.postcodes, points: venues.points, areaNames: (s.service_areas ?? []).map((a) => a.name ?? '') },
    { council, postcodes: ctx.postcodes, bounds: ctx.bounds, localityNames: vocab.localities.map((l) => l.name) },
  );
  if (!wholeBorough && areas.size === 0) {
    const wardToLocality = new Map(vocab.localities.flatMap((l) => l.wards.map((w) => [w.code, l.id] as const)));
    for (const l of locations) {
      const locality = wardToLocality.get(ctx.postcodes.get(l.postal_code)?.wardCode ?? '');
      if (locality) areas.add(locality);
    }
    if (areas.size > 0)
      note(
        'area',
        `The feed's service area does not name one of our localities: we used the localities of the venues (${[...areas].join(', ')}). Check "service_areas".`,
      );
    else if (place.national && place.elsewhere.length === 0) {
      wholeBorough = true;
      note('area', `The feed says the service is national, so we put [${WHOLE_BOROUGH}]: check families in ${council.area_name} can use it.`);
    } else if (place.placement === 'out') {
      note(
        'area',
        `The feed places this service outside ${council.area_name} (${place.elsewhere.slice(0, 3).join(', ')}): import it only if it serves families here, and choose service_areas.`,
        true,
      );
    } else
      note(
        'area',
        `The feed does not say where in ${council.area_name} the service is for: choose service_areas (localities, or [${WHOLE_BOROUGH}]).`,
        true,
      );
  }
  const service_areas = wholeBorough ? [WHOLE_BOROUGH] : vocab.localities.map((l) => l.id).filter((id) => areas.has(id));

  const { url, mail, contacts, urls } = contactsOf(s, note);
  const { paid, cost_options } = costOf(s, note);

  const languages = [
    ...new Set(
      (s.languages ?? []).flatMap((l) => {
        const found = vocab.languages.find((v) => v.id === l.code?.toLowerCase() || v.label.toLowerCase() === (l.name ?? '').trim().toLowerCase());
        if (!found && (l.code || l.name))
          note(
            'language',
            `The language "${plainLine(l.name ?? l.code, 40)}" is not in content/vocabularies/languages.yaml: add it there first, or leave it out.`,
          );
        return found ? [found.id] : [];
      }),
    ),
  ];

  const assured = assuredFrom(s.assured_date, council, ctx.today, note);
  if (s.status === 'inactive' || s.status === 'defunct')
    note('status', `The feed says this service is ${s.status}: do not publish it unless the provider confirms it runs.`, true);
  const eligibility = plainLine(s.eligibility_description, 300);
  const application = plainLine(s.application_process, 400);
  const serviceSchedules = schedulesFrom(
    (s.schedules ?? []).filter((x) => !x.service_at_location_id || !(s.service_at_locations ?? []).some((l) => l.id === x.service_at_location_id)),
    note,
  );
  if (isFeed(s) && s.unmapped.length)
    note(
      'unmapped',
      `Not imported (this directory has no field for them): ${s.unmapped.slice(0, 8).join(', ')}${s.unmapped.length > 8 ? ` and ${s.unmapped.length - 8} more` : ''}. Copy anything families need into the description.`,
    );
  note('unmapped', 'Not carried by ORUK: pregnancy and send_maximum_age. Add them if they apply.');
  const alert = plainLine(s.alert, 200);

  const listing: ImportedListingBody = {
    name,
    organization: organization ?? 'Unknown organisation',
    summary,
    description: description ?? name,
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
    ...(alert ? { alert } : {}),
    ...(assured.date ? { assured_date: assured.date } : {}),
  };
  return {
    path: `${slugify(organization ?? 'unknown-organisation')}/${slugify(name)}`,
    sourceId: String(s.id ?? ''),
    listing,
    notes,
    placement: wholeBorough || areas.size > 0 ? 'in' : place.placement,
    elsewhere: place.elsewhere,
    terms: viaMapping,
    lapsed: assured.lapsed,
    urls,
  };
}
