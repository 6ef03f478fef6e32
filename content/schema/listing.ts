import { z } from 'zod';
import { contactSchema } from './contact.ts';
import { COSTS, costOptionSchema } from './cost.ts';
import { locationSchema } from './location.ts';
import { ageYears, email, isoDate, markdownText, plainLine, slug, webUrl } from './primitives.ts';
import { scheduleSchema } from './schedule.ts';

import { ACCESS_ROUTES, DELIVERY, LEVELS, STATUSES, WHOLE_BOROUGH } from './values.ts';

/**
 * One service, one YAML file: `content/listings/<organisation>/<service>.yaml`. The path is the listing's id.
 * Field names follow Open Referral UK / HSDS 3.0 where the standard has the field, so an ORUK export is a
 * mapping. Every `.describe()` below is written for the provider who edits the file: it becomes the editor's
 * hover text (JSON Schema) and the field table in content/README.md.
 */
const listingShape = z.object({
  name: plainLine(100).describe('The name of the service as families know it, for example "Stay and Play at Balby".'),
  organization: plainLine(100).describe('Who runs the service, for example "Doncaster Council Family Hubs" or "Home-Start Doncaster".'),
  summary: plainLine(160).describe('One sentence that says what the service is and who it is for. It shows in search results.'),
  description: markdownText(5000).describe(
    'What happens, who it is for and what to expect, in plain English. You can use Markdown for lists and links, but not HTML.',
  ),
  needs: z
    .array(slug)
    .min(1, 'Choose at least one need')
    .max(4, 'Choose at most 4 needs: pick the ones families would most expect to find this under')
    .describe('What is happening in a family that this service helps with: 1 to 4 ids from content/vocabularies/needs.yaml, most important first.'),
  eligibility_description: plainLine(300)
    .optional()
    .describe('Who can use the service, if it is not obvious from the ages, for example "Dads and male carers".'),
  pregnancy: z.boolean().default(false).describe('Set to true if the service is also for people who are expecting a baby.'),
  minimum_age: ageYears
    .optional()
    .describe("The youngest child (or young person) the service is for, in years. Use 0.5 for six months. Leave out to use the council's default."),
  maximum_age: ageYears
    .optional()
    .describe("The oldest child (or young person) the service is for, in years. Leave out to use the council's default."),
  send_maximum_age: ageYears
    .optional()
    .describe(
      'If young people with special educational needs or disabilities (SEND) can use the service when older, the oldest age for them, for example 25.',
    ),
  level_of_need: z
    .enum(LEVELS, { error: `Use one of: ${LEVELS.join(', ')}` })
    .describe(
      'universal: open to everyone (Level 1); targeted: early help for emerging needs (Level 2); specialist: complex needs, usually by referral (Level 3).',
    ),
  access_routes: z
    .array(z.enum(ACCESS_ROUTES, { error: `Use any of: ${ACCESS_ROUTES.join(', ')}` }))
    .min(1, 'Say how families get to the service')
    .describe('How families get to the service: self-referral, professional-referral, drop-in, booking (one or more).'),
  application_process: plainLine(400)
    .optional()
    .describe('The steps to get help, in one or two sentences, for example "Call us or ask your health visitor to refer you."'),
  referral_url: webUrl.optional().describe('A web page or form for referrals or booking, if there is one.'),
  cost: z.enum(COSTS, { error: 'Use free or paid' }).describe('free if families never pay; paid if any part costs money.'),
  cost_options: z.array(costOptionSchema).default([]).describe('The prices, if the service is paid. Needed when cost is paid.'),
  delivery: z
    .array(z.enum(DELIVERY, { error: `Use any of: ${DELIVERY.join(', ')}` }))
    .min(1, 'Say how the service is delivered')
    .describe('How the service is delivered: in-person, online, phone (one or more).'),
  locations: z.array(locationSchema).default([]).describe('The venues where the service happens. Needed when delivery includes in-person.'),
  service_areas: z
    .array(slug)
    .min(1, 'Say which localities the service is for, or [whole-borough]')
    .describe(
      'The localities the service is for, by id from content/vocabularies/localities.yaml (north, south, east, central), or [whole-borough].',
    ),
  schedules: z.array(scheduleSchema).default([]).describe('When the service runs. Venues can have their own times instead.'),
  url: webUrl.optional().describe("The service's own web page, if it has one."),
  email: email.optional().describe('The main email address for the service.'),
  contacts: z.array(contactSchema).default([]).describe('People or teams families can phone or email.'),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'Use the language code from content/vocabularies/languages.yaml, for example en or pl'))
    .min(1)
    .default(['en'])
    .describe('Languages the service can be delivered in, by code from content/vocabularies/languages.yaml, for example [en, pl, ur].'),
  status: z
    .enum(STATUSES, { error: 'Use active or temporarily-closed' })
    .default('active')
    .describe('active, or temporarily-closed while the service is paused (it then leaves search results).'),
  alert: plainLine(200).optional().describe('A short notice shown at the top of the page, for example "No sessions in August".'),
  assured_date: isoDate.describe(
    'The date a person last checked that everything in this listing is right (YYYY-MM-DD). Not the date of the last edit.',
  ),
  review_interval_months: z
    .number()
    .int('Use a whole number of months')
    .min(1)
    .max(24)
    .optional()
    .describe('How often this listing must be checked, in months. Leave out for the council default (6).'),
});

export const listingSchema = listingShape.strict().superRefine((l, ctx) => {
  for (const issue of listingRules(l)) ctx.addIssue({ code: 'custom', ...issue });
});

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The rules that compare fields with each other. Exported so the validator can still apply them to the
 * parts of a listing that are valid when other fields are not (zod skips refinements after any error),
 * and a provider sees every problem in one run.
 */
export function listingRules(l: Partial<z.output<typeof listingShape>>): RuleIssue[] {
  const out: RuleIssue[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });
  const locations = l.locations ?? [];
  const contacts = l.contacts ?? [];
  if (l.minimum_age !== undefined && l.maximum_age !== undefined && l.minimum_age > l.maximum_age) {
    add(['minimum_age'], `The minimum age (${l.minimum_age}) is above the maximum age (${l.maximum_age}). Swap them, or correct one.`);
  }
  if (l.send_maximum_age !== undefined && l.maximum_age !== undefined && l.send_maximum_age < l.maximum_age) {
    add(['send_maximum_age'], `The SEND maximum age (${l.send_maximum_age}) must be at least the maximum age (${l.maximum_age}).`);
  }
  if (l.cost === 'paid' && (l.cost_options ?? []).length === 0) {
    add(['cost_options'], 'The service is paid: add at least one price under cost_options, for example amount_description: "£3 a session"');
  }
  if (l.delivery?.includes('in-person') && locations.length === 0) {
    add(['locations'], 'The service is delivered in person: add at least one venue under locations, or change delivery');
  }
  if (l.url === undefined && l.email === undefined && contacts.length === 0) {
    add(['contacts'], 'Families need a way to get in touch: add a phone number or email under contacts, or a url');
  }
  if (l.service_areas?.includes(WHOLE_BOROUGH) && l.service_areas.length > 1) {
    add(['service_areas'], 'Use [whole-borough] on its own, or list the localities');
  }
  const needs = l.needs ?? [];
  const dupNeeds = needs.filter((n, i) => needs.indexOf(n) !== i);
  if (dupNeeds.length > 0) add(['needs'], `"${dupNeeds[0]}" is listed twice. Keep it once.`);
  return out;
}

/** A listing as written in its file (defaults not yet applied). */
export type ListingInput = z.input<typeof listingSchema>;
/** A listing after validation, with defaults applied. */
export type Listing = z.infer<typeof listingSchema>;
