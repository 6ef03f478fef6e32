import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { ACCESS_ROUTES, COSTS, DELIVERY, LEVELS, WHOLE_BOROUGH } from '../schema/index.ts';
import { closest } from './suggest.ts';
import type { DirectoryContext } from './directory-context.ts';

/**
 * `npm run new-listing`: the pure part. Turns a provider's answers into a listing file, starting from
 * content/templates/listing.yaml so the new file keeps the template's instructions as comments. The answers
 * come from flags (new-listing-flags.ts) or from questions (new-listing-prompts.ts).
 */

export interface NewListingAnswers {
  organisation?: string;
  /** The listings folder to write into; content/listings when not given (tests write elsewhere). */
  into?: string;
  /** Folder under content/listings; made from the organisation's name when not given. */
  folder?: string;
  name?: string;
  /** File name without .yaml; made from the service's name when not given. */
  slug?: string;
  summary?: string;
  description?: string;
  needs?: string[];
  level?: string;
  access?: string[];
  cost?: string;
  price?: string;
  delivery?: string[];
  venue?: string;
  address?: string;
  town?: string;
  postcode?: string;
  hub?: string;
  areas?: string[];
  minAge?: number;
  maxAge?: number;
  phone?: string;
  email?: string;
  url?: string;
  languages?: string[];
}

export interface ScaffoldContext extends DirectoryContext {
  template: string;
}

export interface Scaffold {
  /** Where to write it, e.g. content/listings/home-start/family-visits.yaml (relative to the repository root). */
  path: string;
  text: string;
}

/** "Home-Start Doncaster (North)" → "home-start-doncaster-north" */
// Differs from content/oruk/import-service.ts's slugify: this spells out "&" and drops accents ("creche-and-co", there "cre-che-co"), and gives ''
// where that gives "service". Kept apart because one for both would change the files new-listing names or the paths imports write.
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      // Letters that do not decompose into a plain letter and an accent.
      .replace(/[łđøæœß]/g, (c) => ({ ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' })[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/&/g, ' and ')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '')
  );
}

/** What is still needed before a listing can be written, as the flags that would give it. */
export function missingAnswers(a: NewListingAnswers): string[] {
  const missing: string[] = [];
  if (!a.organisation) missing.push('--organisation');
  if (!a.name) missing.push('--name');
  if (!a.summary) missing.push('--summary');
  if (!a.needs?.length) missing.push('--need');
  if (inPerson(a)) {
    if (!a.postcode) missing.push('--postcode');
    if (!a.address) missing.push('--address');
  }
  if (!a.phone && !a.email && !a.url) missing.push('--phone or --email or --url');
  if (a.cost === 'paid' && !a.price) missing.push('--price');
  return missing;
}

const inPerson = (a: NewListingAnswers) => (a.delivery ?? ['in-person']).includes('in-person');

/**
 * Check the answers against the vocabularies before anything is written, with "did you mean" hints.
 * Returns plain-English problems; empty when the answers can be written.
 */
export function checkAnswers(a: NewListingAnswers, ctx: Pick<ScaffoldContext, 'vocab' | 'postcodes' | 'council'>): string[] {
  const problems: string[] = [];
  const oneOf = (what: string, flag: string, values: string[] | undefined, known: readonly string[]) => {
    for (const v of values ?? []) {
      if (known.includes(v)) continue;
      const hint = closest(v, known);
      problems.push(`${flag} ${v}: "${v}" is not a known ${what}.${hint ? ` Did you mean "${hint}"?` : ''} Choose from: ${known.join(', ')}.`);
    }
  };
  oneOf(
    'need',
    '--need',
    a.needs,
    ctx.vocab.needs.map((n) => n.id),
  );
  oneOf('level of need', '--level', a.level ? [a.level] : [], LEVELS);
  oneOf('way to access a service', '--access', a.access, ACCESS_ROUTES);
  oneOf('cost', '--cost', a.cost ? [a.cost] : [], COSTS);
  oneOf('way to deliver a service', '--delivery', a.delivery, DELIVERY);
  oneOf('locality', '--area', a.areas, [...ctx.vocab.localities.map((l) => l.id), WHOLE_BOROUGH]);
  oneOf(
    'language code',
    '--language',
    a.languages,
    ctx.vocab.languages.map((l) => l.id),
  );
  oneOf(
    'Family Hub or Youth Hub',
    '--hub',
    a.hub ? [a.hub] : [],
    ctx.vocab.hubs.map((h) => h.id),
  );
  if ((a.needs?.length ?? 0) > 4) problems.push('--need: choose at most 4 needs.');
  if (a.postcode && !ctx.postcodes.get(a.postcode)) {
    problems.push(
      `--postcode ${a.postcode}: this is not a ${ctx.council.area_name} postcode we know. Venues must be inside ${ctx.council.area_name}.`,
    );
  }
  if (a.minAge !== undefined && a.maxAge !== undefined && a.minAge > a.maxAge) problems.push('--min-age is above --max-age.');
  for (const [flag, v] of [
    ['--min-age', a.minAge],
    ['--max-age', a.maxAge],
  ] as const) {
    if (v !== undefined && (Number.isNaN(v) || v < 0 || v > 25)) problems.push(`${flag}: give an age in years from 0 to 25, for example 5 or 0.5.`);
  }
  if (a.folder && slugify(a.folder) !== a.folder)
    problems.push(`--folder ${a.folder}: use lower-case letters, numbers and hyphens, for example ${slugify(a.folder)}.`);
  if (a.slug && slugify(a.slug) !== a.slug)
    problems.push(`--slug ${a.slug}: use lower-case letters, numbers and hyphens, for example ${slugify(a.slug)}.`);
  return problems;
}

/** Write the listing: the template with the answers filled in and the parts that do not apply taken out. */
export function scaffoldListing(a: NewListingAnswers, ctx: ScaffoldContext): Scaffold {
  const doc = parseDocument(ctx.template);
  const folder = a.folder ?? slugify(a.organisation ?? '');
  const slug = a.slug ?? slugify(a.name ?? '');
  const flow = (values: string[]) => {
    const node = doc.createNode(values);
    node.flow = true;
    return node;
  };
  const set = (key: string, value: unknown) => doc.set(key, Array.isArray(value) ? flow(value) : value);

  set('name', a.name);
  set('organization', a.organisation);
  set('summary', a.summary);
  set('description', blockText(doc, a.description ?? a.summary ?? ''));
  set('needs', a.needs);
  if (a.minAge === undefined) doc.delete('minimum_age');
  else set('minimum_age', a.minAge);
  if (a.maxAge === undefined) doc.delete('maximum_age');
  else set('maximum_age', a.maxAge);
  set('level_of_need', a.level ?? 'universal');
  const access = a.access ?? ['self-referral'];
  set('access_routes', access);
  doc.delete('application_process');
  set('cost', a.cost ?? 'free');
  if (a.cost === 'paid') doc.set('cost_options', doc.createNode([{ amount_description: a.price }]));
  const delivery = a.delivery ?? ['in-person'];
  set('delivery', delivery);

  let areas = a.areas;
  if (delivery.includes('in-person') && a.postcode) {
    const point = ctx.postcodes.get(a.postcode);
    const hub = a.hub ?? ctx.vocab.hubs.find((h) => point && ctx.postcodes.get(h.postal_code)?.postcode === point.postcode)?.id;
    const venue: Record<string, unknown> = {
      name: a.venue ?? ctx.vocab.hubs.find((h) => h.id === hub)?.name ?? a.name,
      address_1: a.address,
      city: a.town ?? ctx.vocab.hubs.find((h) => h.id === hub)?.town ?? ctx.council.area_name,
      postal_code: point?.postcode ?? a.postcode,
    };
    if (hub) venue.hub = hub;
    doc.set('locations', doc.createNode([venue]));
    // The locality the venue is in, unless the provider said which areas the service is for.
    areas ??= ctx.vocab.localities.filter((l) => l.wards.some((w) => w.code === point?.wardCode)).map((l) => l.id);
  } else {
    doc.delete('locations');
  }
  set('service_areas', areas?.length ? areas : [WHOLE_BOROUGH]);
  doc.delete('schedules');

  const contact: Record<string, unknown> = {};
  if (a.phone) contact.phone = a.phone;
  if (a.email) contact.email = a.email;
  if (a.phone || a.email) doc.set('contacts', doc.createNode([contact]));
  else doc.delete('contacts');
  if (a.url) doc.set('url', a.url);
  set('languages', a.languages?.length ? a.languages : ['en']);
  set('status', 'active');
  set('assured_date', ctx.today);

  // The template's header ("TEMPLATE FOR A NEW LISTING…") is parsed as part of the comment on its first
  // field; keep that field's own instruction (the last paragraph) and put this file's header before it.
  const header = [
    ' yaml-language-server: $schema=../../listing.schema.json',
    '',
    ` Written by npm run new-listing on ${ctx.today}. Check every value, add opening times (schedules) and a`,
    ' fuller description, then delete these instructions if you like. Every field is explained in',
    ' content/README.md; how to write well is in content/GUIDELINES.md.',
  ].join('\n');
  const firstKey = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (isScalar(firstKey)) firstKey.commentBefore = [header, (firstKey.commentBefore ?? '').split('\n\n').pop()].filter(Boolean).join('\n\n');
  doc.commentBefore = null;
  return { path: `${a.into ?? 'content/listings'}/${folder}/${slug}.yaml`, text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
}

/** Multi-line text as a YAML block (|), so it reads like the paragraph it is. */
function blockText(doc: Document, text: string) {
  const node = doc.createNode(text.endsWith('\n') ? text : `${text}\n`);
  if (isScalar(node)) node.type = 'BLOCK_LITERAL';
  return node;
}
