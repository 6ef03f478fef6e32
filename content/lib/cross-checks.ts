import { WHOLE_BOROUGH, type Listing } from '../schema/index.ts';
import type { DirectoryContext } from './directory-context.ts';
import { closest, editDistance } from './suggest.ts';

export interface Finding {
  path: (string | number)[];
  message: string;
  severity: 'error' | 'warning';
}

// Words providers reach for that are not the vocabulary's id: suggest the id they mean. A Map, so a value
// such as "constructor" is only an unknown word.
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['wheelchair', 'step-free'],
  ['wheelchair-access', 'step-free'],
  ['wheelchair-accessible', 'step-free'],
  ['ramp', 'step-free'],
  ['disabled-access', 'step-free'],
  ['disabled-toilet', 'accessible-toilet'],
  ['toilet', 'accessible-toilet'],
  ['hearing-aid-loop', 'hearing-loop'],
  ['loop', 'hearing-loop'],
  ['bsl', 'bsl-available'],
  ['sign-language', 'bsl-available'],
  ['english', 'en'],
  ['polish', 'pl'],
  ['urdu', 'ur'],
  ['welsh', 'cy'],
  ['arabic', 'ar'],
  ['all', 'whole-borough'],
  ['doncaster', 'whole-borough'],
  ['borough', 'whole-borough'],
  ['borough-wide', 'whole-borough'],
]);

/** Which vocabulary a field's ids come from, for messages that list the ids. */
export interface VocabularyField {
  what: string;
  plural: string;
  file: string;
}

export const VOCABULARY_FIELDS = {
  needs: { what: 'need', plural: 'needs', file: 'content/vocabularies/needs.yaml' },
  service_areas: { what: 'locality', plural: 'localities', file: 'content/vocabularies/localities.yaml' },
  languages: { what: 'language code', plural: 'language codes', file: 'content/vocabularies/languages.yaml' },
  hub: { what: 'Family Hub or Youth Hub', plural: 'hub ids', file: 'content/vocabularies/hubs.yaml' },
  accessibility: { what: 'accessibility fact', plural: 'accessibility facts', file: 'content/vocabularies/accessibility-features.yaml' },
} as const satisfies Record<string, VocabularyField>;

/**
 * "x" is not a known need, with the id they probably meant, or else the ids to choose from: all of them when
 * the list is short, the nearest few when it is long.
 */
export function unknownIdMessage(field: VocabularyField, value: string, known: readonly string[]): string {
  const synonym = SYNONYMS.get(value.toLowerCase());
  const lower = value.toLowerCase();
  // "money" means money-benefits: a known id that contains what was written is the likeliest meaning.
  const containing = lower.length >= 3 && lower.length <= 64 ? known.find((k) => k.includes(lower)) : undefined;
  const hint = synonym !== undefined && known.includes(synonym) ? synonym : (closest(value, known) ?? containing);
  if (hint) return `"${value}" is not a known ${field.what}. Did you mean "${hint}"? The list is in ${field.file}.`;
  if (known.length <= 12) return `"${value}" is not a known ${field.what}. The ${field.plural} are: ${known.join(', ')} (from ${field.file}).`;
  if (value.length > 64) return `"${value.slice(0, 64)}…" is not a known ${field.what}. The list is in ${field.file}.`;
  const distance = new Map(known.map((k) => [k, editDistance(lower, k)]));
  const nearest = [...known].sort((x, y) => distance.get(x)! - distance.get(y)! || x.localeCompare(y)).slice(0, 5);
  return `"${value}" is not a known ${field.what}. The nearest ${field.plural} are: ${nearest.join(', ')}. The full list is in ${field.file}.`;
}

export type CheckContext = DirectoryContext;

/**
 * The rules that need more than the listing itself: that the needs, hubs, localities, languages and
 * accessibility facts it names exist, that its venues are real postcodes in the borough, that dates make
 * sense today. Pure: everything it knows comes in through `ctx`.
 */
export function crossCheck(listing: Listing, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const err = (path: (string | number)[], message: string) => out.push({ path, message, severity: 'error' });
  const needIds = ctx.vocab.needs.map((n) => n.id);
  listing.needs.forEach((n, i) => {
    if (n !== undefined && !needIds.includes(n)) err(['needs', i], unknownIdMessage(VOCABULARY_FIELDS.needs, n, needIds));
  });

  const localityIds = ctx.vocab.localities.map((l) => l.id);
  listing.service_areas.forEach((a, i) => {
    if (a !== undefined && a !== WHOLE_BOROUGH && !localityIds.includes(a)) {
      err(['service_areas', i], unknownIdMessage(VOCABULARY_FIELDS.service_areas, a, [...localityIds, WHOLE_BOROUGH]));
    }
  });

  const languageIds = ctx.vocab.languages.map((l) => l.id);
  listing.languages.forEach((l, i) => {
    if (l !== undefined && !languageIds.includes(l)) err(['languages', i], unknownIdMessage(VOCABULARY_FIELDS.languages, l, languageIds));
  });

  const hubIds = ctx.vocab.hubs.map((h) => h.id);
  const featureIds = ctx.vocab.accessibilityFeatures.map((f) => f.id);
  listing.locations.forEach((loc, i) => {
    // A venue with its own schema errors is a hole here (see partial-listing.ts): it is reported already.
    if (loc === undefined) return;
    if (loc.hub !== undefined && !hubIds.includes(loc.hub)) {
      err(['locations', i, 'hub'], unknownIdMessage(VOCABULARY_FIELDS.hub, loc.hub, hubIds));
    } else if (loc.hub !== undefined) {
      // A venue said to be a hub but elsewhere would put the hub's name on the wrong place on the map.
      const hub = ctx.vocab.hubs.find((h) => h.id === loc.hub)!;
      const hubPoint = ctx.postcodes.get(hub.postal_code)?.postcode ?? hub.postal_code;
      const venuePoint = ctx.postcodes.get(loc.postal_code)?.postcode;
      if (venuePoint !== undefined && venuePoint !== hubPoint) {
        out.push({
          path: ['locations', i, 'hub'],
          severity: 'warning',
          message: `${hub.name} is at ${hubPoint}, but this venue's postcode is ${venuePoint}. If the service is not at the hub, leave out "hub"; otherwise correct the postcode.`,
        });
      }
    }
    loc.accessibility.forEach((f, j) => {
      if (!featureIds.includes(f)) {
        err(['locations', i, 'accessibility', j], unknownIdMessage(VOCABULARY_FIELDS.accessibility, f, featureIds));
      }
    });
    const point = ctx.postcodes.get(loc.postal_code);
    const district = loc.postal_code.toUpperCase().replace(/\s+/g, '').slice(0, -3);
    if (point === undefined && ctx.postcodes.outcode(district) === undefined) {
      err(
        ['locations', i, 'postal_code'],
        `${loc.postal_code} is outside ${ctx.council.area_name}. This directory lists venues inside ${ctx.council.area_name} only: for an online or phone service, leave out locations and set delivery to [online] or [phone].`,
      );
    } else if (point === undefined) {
      err(
        ['locations', i, 'postal_code'],
        `${loc.postal_code} is not a ${ctx.council.area_name} postcode we know. Check it on a letter or the venue's website (postcodes newer than 2014 are not in our list yet: ask the FIS team).`,
      );
    } else if (point.wardCode === '') {
      err(
        ['locations', i, 'postal_code'],
        `${point.postcode} lies outside the ${ctx.council.area_name} boundary. Venues must be inside ${ctx.council.area_name}.`,
      );
    }
  });

  // GUIDELINES.md: link text says where it goes. Screen reader users hear links on their own.
  const vague = [...(listing.description ?? '').matchAll(/\[\s*(click here|here|click|more|read more|this link|link)\s*\]\(/gi)].map((m) => m[1]);
  if (vague.length > 0 || /\bclick here\b/i.test(listing.description ?? '')) {
    out.push({
      path: ['description'],
      severity: 'warning',
      message: `Link text should say where the link goes, not "${vague[0] ?? 'click here'}": for example [read our timetable](https://example.org/timetable). See content/GUIDELINES.md.`,
    });
  }

  if (listing.assured_date > ctx.today) {
    err(
      ['assured_date'],
      `The date ${listing.assured_date} is in the future. Give the date a person last checked this listing (today at the latest).`,
    );
  }

  const policy = ctx.council.age_policy;
  const max = listing.maximum_age ?? policy.maximum_age;
  if ((listing.send_maximum_age ?? 0) > policy.send_maximum_age) {
    out.push({
      path: ['send_maximum_age'],
      severity: 'warning',
      message: `${ctx.council.area_name}'s SEND age limit is ${policy.send_maximum_age}; this listing says ${listing.send_maximum_age}. Check that is right.`,
    });
  }
  if (listing.minimum_age !== undefined && listing.maximum_age === undefined && listing.minimum_age > max) {
    err(['minimum_age'], `The minimum age (${listing.minimum_age}) is above the default maximum age (${max}). Add maximum_age.`);
  }
  if (listing.referral_url === undefined && listing.access_routes.includes('professional-referral') && listing.application_process === undefined) {
    out.push({
      path: ['application_process'],
      severity: 'warning',
      message: 'This service needs a professional referral: say who can refer, in application_process, or give a referral_url.',
    });
  }
  return out;
}
