/**
 * The one query model. Every way into search (the search page's URL, the search CLI, the contract suite,
 * the benchmarks) builds a `Query` here, and both engines answer the same `Query`. Pure and browser-safe:
 * what it needs to know about the directory (vocabulary ids, a postcode geocoder) comes in through `ctx`.
 *
 * URL parameters (short, readable, and what a plain HTML form with checkboxes sends):
 *   q=won't go to school   needs=send&needs=parenting (or needs=send,parenting)   age=12   age_min=5&age_max=11
 *   send=1   locality=north   near=DN4 0TY (or near=53.5,-1.13)   radius=5   sort=distance   free=1
 *   access=drop-in   delivery=online   level=targeted   language=pl   day=saturday   hubs=1   page=2   size=20
 */
import { closest } from '../../../content/lib/suggest.ts';
import { DAYS, DELIVERY, LEVELS, type Day } from '../../../content/schema/values.ts';

/** A day to be open on (form, URL): a day of the week, or "weekend", as families plan a weekend, not one of its days. */
export const DAY_CHOICES = [...DAYS, 'weekend'] as const;
export type DayChoice = (typeof DAY_CHOICES)[number];
export const daysOf = (choice: DayChoice): Day[] => (choice === 'weekend' ? ['saturday', 'sunday'] : [choice]);

export const RADII = [1, 2, 5, 10, 20] as const;
export type Radius = (typeof RADII)[number];
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;
/** Ages the directory covers; the schema caps listing ages at 25. */
export const MAX_AGE = 25;

export interface Point {
  lat: number;
  lng: number;
}

export interface Near extends Point {
  /** What the person typed, tidied: "DN4 0TY", "DN4", or "53.52,-1.13". Goes back into the URL. */
  label: string;
}

export interface Query {
  /** Free text, trimmed; '' for none. */
  q: string;
  /** Need ids; a service matches when it has any of them. */
  needs: string[];
  /** The child's age, or an age range (a service matches when its ages overlap the range). */
  ageMin?: number;
  ageMax?: number;
  /** The child has special educational needs or disabilities: use the services' extended SEND upper ages. */
  send: boolean;
  locality?: string;
  near?: Near;
  /** Only with `near`: miles. */
  radius?: Radius;
  /** 'distance' only with `near`, and the default with it. */
  sort: 'relevance' | 'distance';
  /** Free services only. */
  free: boolean;
  /** Access route ids (any of). */
  access: string[];
  /** Delivery ids (any of): in-person, online, phone. */
  delivery: string[];
  level?: string;
  /** Language code. */
  language?: string;
  /** Open on this day, or on either day of the weekend. */
  day?: DayChoice;
  /** At a Family Hub (or Youth Hub) only. */
  hubs: boolean;
  /**
   * Needs the words point to (query understanding): services with any of them rank first, nothing is
   * hidden. Never a URL parameter: it is read from `q` each time.
   */
  boostNeeds: string[];
  /** Parts of the understanding the person undid (URL `undo`): age, day, free, place, need:<id>. */
  undo: string[];
  /** From 1. */
  page: number;
  size: number;
}

export interface QueryError {
  /** The URL parameter at fault. */
  param: string;
  value: string;
  /** Plain English, says what to do. */
  message: string;
}

export type GeocodeResult = { ok: true; point: Point; label: string } | { ok: false; message: string };

export interface QueryContext {
  needIds: readonly string[];
  localityIds: readonly string[];
  accessRouteIds: readonly string[];
  languageIds: readonly string[];
  /** The area's name for messages, e.g. "Doncaster". */
  areaName: string;
  /** Postcode or postcode district → point. Synchronous: the site loads the district's data first. */
  geocode(text: string): GeocodeResult;
  /** Points outside this box are not in the borough. */
  bounds?: { south: number; west: number; north: number; east: number };
}

export function emptyQuery(): Query {
  return {
    q: '',
    needs: [],
    send: false,
    sort: 'relevance',
    free: false,
    access: [],
    delivery: [],
    hubs: false,
    boostNeeds: [],
    undo: [],
    page: 1,
    size: DEFAULT_PAGE_SIZE,
  };
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'off']);

/** Never throws: bad parameters are left out of the query and explained in `errors`. */
export function parseQuery(params: URLSearchParams, ctx: QueryContext): { query: Query; errors: QueryError[] } {
  const query = emptyQuery();
  const errors: QueryError[] = [];
  const fail = (param: string, value: string, message: string) => errors.push({ param, value, message });
  const one = (name: string) => {
    const values = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    return values.length > 0 ? values[values.length - 1] : undefined;
  };
  const many = (name: string) => [
    ...new Set(
      params
        .getAll(name)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase())
        .filter((v) => v !== ''),
    ),
  ];
  const flag = (name: string): boolean => {
    const v = one(name);
    if (v === undefined) return false;
    if (TRUE_WORDS.has(v.toLowerCase())) return true;
    if (!FALSE_WORDS.has(v.toLowerCase())) fail(name, v, `"${name}" should be 1 (on) or 0 (off), not "${v}".`);
    return false;
  };
  const pick = (name: string, label: string, known: readonly string[], values: string[]) =>
    values.filter((v) => {
      if (known.includes(v)) return true;
      const hint = closest(v, known);
      fail(name, v, `"${v}" is not a ${label} we know.${hint ? ` Did you mean "${hint}"?` : ''} Choose from: ${known.join(', ')}.`);
      return false;
    });

  query.q = (one('q') ?? '').replace(/\s+/g, ' ').slice(0, 200);
  query.needs = pick('needs', 'need', ctx.needIds, many('needs'));

  const age = readAge('age', one('age'), fail);
  const ageMin = readAge('age_min', one('age_min'), fail);
  const ageMax = readAge('age_max', one('age_max'), fail);
  if (age !== undefined) {
    query.ageMin = age;
    query.ageMax = age;
    if (ageMin !== undefined || ageMax !== undefined)
      fail('age', String(age), 'Give either an age, or an age range (age_min and age_max), not both. We used the age.');
  } else if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
    fail('age_min', String(ageMin), `The youngest age (${ageMin}) is above the oldest age (${ageMax}). Swap them round.`);
  } else {
    if (ageMin !== undefined) query.ageMin = ageMin;
    if (ageMax !== undefined) query.ageMax = ageMax;
  }
  query.send = flag('send');

  const locality = one('locality')?.toLowerCase();
  if (locality !== undefined) query.locality = pick('locality', 'locality', ctx.localityIds, [locality])[0];

  const near = one('near');
  if (near !== undefined) {
    const point = readPoint(near);
    if (point === 'malformed') {
      fail('near', near, 'Give a location as latitude and longitude, for example 53.52,-1.13, or give a postcode such as DN4 0TY.');
    } else if (point !== undefined) {
      if (ctx.bounds && !inBounds(point, ctx.bounds))
        fail('near', near, `That point is outside ${ctx.areaName}. Give a postcode or a place in ${ctx.areaName}.`);
      else query.near = { ...point, label: `${point.lat},${point.lng}` };
    } else {
      const found = ctx.geocode(near);
      if (found.ok) query.near = { ...found.point, label: found.label };
      else fail('near', near, found.message);
    }
  }
  const radius = one('radius');
  if (radius !== undefined) {
    const r = Number(radius.replace(/\s*(miles?|mi)$/i, ''));
    if (!(RADII as readonly number[]).includes(r)) fail('radius', radius, `Choose a distance of ${RADII.join(', ')} miles.`);
    else if (near === undefined) fail('radius', radius, `Give a postcode to search within ${r} miles of it.`);
    else if (query.near) query.radius = r as Radius;
  }
  const sort = one('sort')?.toLowerCase();
  if (sort !== undefined) {
    if (sort !== 'distance' && sort !== 'relevance') fail('sort', sort, 'Sort by "distance" (nearest first) or "relevance" (best match first).');
    else if (sort === 'distance' && near === undefined) fail('sort', sort, 'Give a postcode to sort by distance from it.');
    else if (sort === 'distance' && query.near) query.sort = 'distance';
  } else if (query.near) {
    // Someone who gives a postcode or place wants what is near it first; "sort=relevance" asks for best match.
    query.sort = 'distance';
  }

  query.free = flag('free');
  query.access = pick('access', 'way of getting to a service', ctx.accessRouteIds, many('access'));
  query.delivery = pick('delivery', 'way services are delivered', DELIVERY, many('delivery'));
  const level = one('level')?.toLowerCase();
  if (level !== undefined) query.level = pick('level', 'level of need', LEVELS, [level])[0];
  const language = one('language')?.toLowerCase();
  if (language !== undefined) query.language = pick('language', 'language code', ctx.languageIds, [language])[0];
  const day = one('day')?.toLowerCase();
  if (day !== undefined) {
    const full = DAY_CHOICES.find((d) => d === day || (day.length >= 3 && d.startsWith(day)));
    if (full) query.day = full;
    else fail('day', day, `Give a day of the week, for example saturday, or weekend for Saturday or Sunday.`);
  }
  query.hubs = flag('hubs');
  query.undo = many('undo').filter((u) => /^(age|day|free|place|need:[a-z0-9-]+)$/.test(u));

  const page = one('page');
  if (page !== undefined) {
    const n = Number(page);
    if (Number.isInteger(n) && n >= 1 && n <= 1000) query.page = n;
    else fail('page', page, 'The page should be a whole number from 1.');
  }
  const size = one('size');
  if (size !== undefined) {
    const n = Number(size);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE) query.size = n;
    else fail('size', size, `Show between 1 and ${MAX_PAGE_SIZE} results on a page.`);
  }
  return { query, errors };
}

/** The URL parameters for a query: only what differs from the defaults, in a fixed order. */
export function toSearchParams(query: Query): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  for (const n of query.needs) p.append('needs', n);
  if (query.ageMin !== undefined && query.ageMin === query.ageMax) p.set('age', String(query.ageMin));
  else {
    if (query.ageMin !== undefined) p.set('age_min', String(query.ageMin));
    if (query.ageMax !== undefined) p.set('age_max', String(query.ageMax));
  }
  if (query.send) p.set('send', '1');
  if (query.locality) p.set('locality', query.locality);
  if (query.near) p.set('near', query.near.label);
  if (query.near && query.radius) p.set('radius', String(query.radius));
  if (query.near) p.set('sort', query.sort);
  if (query.free) p.set('free', '1');
  for (const a of query.access) p.append('access', a);
  for (const d of query.delivery) p.append('delivery', d);
  if (query.level) p.set('level', query.level);
  if (query.language) p.set('language', query.language);
  if (query.day) p.set('day', query.day);
  if (query.hubs) p.set('hubs', '1');
  for (const u of query.undo) p.append('undo', u);
  if (query.page !== 1) p.set('page', String(query.page));
  if (query.size !== DEFAULT_PAGE_SIZE) p.set('size', String(query.size));
  return p;
}

function readAge(name: string, value: string | undefined, fail: (p: string, v: string, m: string) => void): number | undefined {
  if (value === undefined) return undefined;
  const months = /^(\d{1,2})\s*(months?|m)$/i.exec(value);
  const n = months ? Number(months[1]) / 12 : Number(value.replace(/\s*(years?|yrs?|y)$/i, ''));
  if (!Number.isFinite(n) || n < 0) {
    fail(name, value, `Give the age in years as a number, for example 7 (or 0.5 for six months).`);
    return undefined;
  }
  if (n > MAX_AGE) {
    fail(
      name,
      value,
      `${value} is older than anyone this directory is for: services here are for children and young people up to ${MAX_AGE}. Give an age from 0 to ${MAX_AGE}.`,
    );
    return undefined;
  }
  return Math.round(n * 100) / 100;
}

/** "53.52,-1.13" → a point; undefined when the text is not numbers (so it may be a postcode). */
function readPoint(text: string): Point | 'malformed' | undefined {
  if (!/^[-+\d.\s]+,[-+\d.\s]+$/.test(text)) return undefined;
  const [lat, lng] = text.split(',').map((s) => Number(s.trim())) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return 'malformed';
  return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5 };
}

function inBounds(p: Point, b: NonNullable<QueryContext['bounds']>): boolean {
  return p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;
}
