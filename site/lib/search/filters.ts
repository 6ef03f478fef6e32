/**
 * The search semantics both engines share, written once. The Meilisearch request renders these clauses as a
 * filter string; the embedded engine evaluates them over its documents. If the two ever disagree, the
 * contract suite (tests/contract) says so.
 */
import { daysOf, type Point, type Query } from './query.ts';

export const METRES_PER_MILE = 1609.344;
const EARTH_RADIUS_MILES = 3958.7613;

/** The fields a filter can look at: a subset of the search document. */
export interface FilterableDoc {
  needs: string[];
  age_min: number;
  age_max: number;
  send_max: number;
  localities: string[];
  cost: string;
  access: string[];
  delivery: string[];
  level: string;
  languages: string[];
  days: string[];
  hub: boolean;
  has_venue: boolean;
  status: string;
  review: string;
  _geo?: Point | undefined;
}

type FieldName = Exclude<keyof FilterableDoc, '_geo'>;

/** One condition. A search matches when every clause does. */
export type Clause =
  /** The field (a value or a list of values) has any of these values. */
  | { op: 'any'; field: FieldName; values: (string | boolean)[] }
  | { op: 'lte' | 'gte'; field: FieldName; value: number }
  /** Within `miles` of the point, or a service with no venue (online or phone: it reaches everyone). */
  | { op: 'near'; point: Point; miles: number };

/**
 * Only services families can use today: closed services and listings lapsed past their review grace
 * period leave search; overdue ones stay (they are flagged to their provider, not hidden from families).
 */
export const PUBLIC_CLAUSES: readonly Clause[] = [
  { op: 'any', field: 'status', values: ['active'] },
  { op: 'any', field: 'review', values: ['current', 'overdue'] },
];

export function filterClauses(query: Query): Clause[] {
  const c: Clause[] = [...PUBLIC_CLAUSES];
  if (query.needs.length > 0) c.push({ op: 'any', field: 'needs', values: query.needs });
  // Age overlap: a child aged a (or a range) fits when minimum_age <= oldest asked and the
  // effective maximum >= youngest asked. With SEND on, the effective maximum is the SEND maximum.
  if (query.ageMax !== undefined) c.push({ op: 'lte', field: 'age_min', value: query.ageMax });
  if (query.ageMin !== undefined) c.push({ op: 'gte', field: query.send ? 'send_max' : 'age_max', value: query.ageMin });
  if (query.locality) c.push({ op: 'any', field: 'localities', values: [query.locality] });
  if (query.near && query.radius) c.push({ op: 'near', point: { lat: query.near.lat, lng: query.near.lng }, miles: query.radius });
  if (query.free) c.push({ op: 'any', field: 'cost', values: ['free'] });
  if (query.access.length > 0) c.push({ op: 'any', field: 'access', values: query.access });
  if (query.delivery.length > 0) c.push({ op: 'any', field: 'delivery', values: query.delivery });
  if (query.level) c.push({ op: 'any', field: 'level', values: [query.level] });
  if (query.language) c.push({ op: 'any', field: 'languages', values: [query.language] });
  if (query.day) c.push({ op: 'any', field: 'days', values: daysOf(query.day) });
  if (query.hubs) c.push({ op: 'any', field: 'hub', values: [true] });
  return c;
}

export function matchesClause(doc: FilterableDoc, clause: Clause): boolean {
  switch (clause.op) {
    case 'any': {
      const v = doc[clause.field];
      return Array.isArray(v) ? v.some((x) => clause.values.includes(x)) : clause.values.includes(v as string | boolean);
    }
    case 'lte':
      return (doc[clause.field] as number) <= clause.value;
    case 'gte':
      return (doc[clause.field] as number) >= clause.value;
    case 'near':
      return !doc.has_venue || (doc._geo !== undefined && haversineMiles(clause.point, doc._geo) <= clause.miles);
  }
}

export function matchesAll(doc: FilterableDoc, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => matchesClause(doc, c));
}

/**
 * matchesAll for every document of a fixed list at once (the embedded engine runs it on every keystroke over
 * thousands of documents). Each field's values are gathered once, value → a bit set of the documents that
 * have it, so an "any" clause is an OR of bit sets and the clauses an AND; only ages and distance are
 * compared document by document. Same meaning as matchesAll: filters.test.ts checks the two agree.
 */
export function clauseTable<D extends FilterableDoc>(docs: readonly D[]) {
  const n = docs.length;
  const words = (n + 31) >>> 5;
  const sets = new Map<FieldName, Map<unknown, Uint32Array>>();
  const setsOf = (field: FieldName) => {
    let byValue = sets.get(field);
    if (byValue) return byValue;
    byValue = new Map();
    for (let i = 0; i < n; i++) {
      const v = docs[i]![field];
      for (const x of Array.isArray(v) ? v : [v]) {
        let set = byValue.get(x);
        if (!set) byValue.set(x, (set = new Uint32Array(words)));
        set[i >>> 5]! |= 1 << (i & 31);
      }
    }
    sets.set(field, byValue);
    return byValue;
  };
  const numbers = new Map<FieldName, Float64Array>();
  const numbersOf = (field: FieldName) => {
    let col = numbers.get(field);
    if (!col) numbers.set(field, (col = Float64Array.from(docs, (d) => d[field] as number)));
    return col;
  };
  const hasVenue = Uint8Array.from(docs, (d) => (d.has_venue ? 1 : 0));
  // Venues' coordinates in flat arrays (NaN without a venue), with the cosine of each latitude.
  const lat = Float64Array.from(docs, (d) => d._geo?.lat ?? NaN);
  const lng = Float64Array.from(docs, (d) => d._geo?.lng ?? NaN);
  const cosLat = lat.map((x) => Math.cos(x * RADIANS));
  const hasGeo = Uint8Array.from(docs, (d) => (d._geo ? 1 : 0));
  // The last place searched near: people refine a search around one postcode, so keep its distances.
  // Each is worked out when first needed: a radius only needs the documents the other clauses let through.
  let near: { lat: number; lng: number; cos: number } | undefined;
  let miles = new Float64Array(0);
  const milesFrom = (point: Point, docsNeeded: Iterable<number>): Float64Array => {
    if (near?.lat !== point.lat || near.lng !== point.lng) {
      near = { lat: point.lat, lng: point.lng, cos: Math.cos(point.lat * RADIANS) };
      if (miles.length !== n) miles = new Float64Array(n);
      miles.fill(NaN);
    }
    for (const i of docsNeeded) {
      if (Number.isNaN(miles[i]!)) miles[i] = hasGeo[i] ? haversineWithCosines(near, near.cos, lat[i]!, lng[i]!, cosLat[i]!) : Infinity;
    }
    return miles;
  };
  return {
    /**
     * Miles from `point` to each document's venue (Infinity without one), filled in for `docsNeeded`.
     * The array is kept for the next search near the same point, and overwritten by one near another.
     */
    milesFrom,
    /** 1 for each document that matches every clause, 0 for the others. */
    select(clauses: readonly Clause[]): Uint8Array {
      const bits = new Uint32Array(words).fill(0xffffffff);
      const clear = (i: number) => (bits[i >>> 5]! &= ~(1 << (i & 31)));
      // Distance last, so it is only worked out for documents every other clause lets through.
      for (const clause of [...clauses.filter((c) => c.op !== 'near'), ...clauses.filter((c) => c.op === 'near')]) {
        if (clause.op === 'any') {
          const byValue = setsOf(clause.field);
          const any = new Uint32Array(words);
          for (const v of clause.values) {
            const set = byValue.get(v);
            if (set) for (let w = 0; w < words; w++) any[w]! |= set[w]!;
          }
          for (let w = 0; w < words; w++) bits[w]! &= any[w]!;
        } else if (clause.op === 'near') {
          const candidates: number[] = [];
          for (let i = 0; i < n; i++) if ((bits[i >>> 5]! >>> (i & 31)) & 1 && hasVenue[i]) candidates.push(i);
          const miles = milesFrom(clause.point, candidates);
          for (const i of candidates) if (!(miles[i]! <= clause.miles)) clear(i);
        } else {
          // Comparing with a number, a Float64Array holds what <= and >= would convert each value to.
          const col = numbersOf(clause.field);
          const { value } = clause;
          if (clause.op === 'lte') for (let i = 0; i < n; i++) if (!(col[i]! <= value)) clear(i);
          if (clause.op === 'gte') for (let i = 0; i < n; i++) if (!(col[i]! >= value)) clear(i);
        }
      }
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = (bits[i >>> 5]! >>> (i & 31)) & 1;
      return out;
    },
  };
}

/** Great-circle distance in miles (Meilisearch's _geoRadius and _geoPoint use the same haversine formula). */
export function haversineMiles(a: Point, b: Point): number {
  return haversineWithCosines(a, Math.cos(a.lat * RADIANS), b.lat, b.lng, Math.cos(b.lat * RADIANS));
}

const RADIANS = Math.PI / 180;

/** The haversine formula given the cosines of both latitudes, so a list of venues can keep theirs. */
function haversineWithCosines(a: Point, cosA: number, lat: number, lng: number, cosB: number): number {
  const dLat = (lat - a.lat) * RADIANS;
  const dLng = (lng - a.lng) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
