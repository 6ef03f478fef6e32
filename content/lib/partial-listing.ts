import { contactSchema, listingSchema, locationSchema, type Listing } from '../schema/index.ts';
import { schemaAt } from './schema-messages.ts';

/**
 * The fields of a listing that are valid on their own, even when others are not. Zod stops checking a
 * listing's cross-field rules (and the validator its vocabulary and postcode checks) once any field fails;
 * keeping the valid parts lets one run report every problem, so a provider is not sent round again.
 *
 * Lists of venues and contacts are kept item by item: an invalid item becomes a hole (undefined) so the
 * indexes of the others, and the paths in messages, stay right.
 */
const VOCABULARY_LISTS = new Set(['needs', 'service_areas', 'languages']);

export function validParts(raw: Record<string, unknown>): Partial<Listing> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (key === 'locations' || key === 'contacts') {
      if (!Array.isArray(value)) continue;
      const item = key === 'locations' ? locationSchema : contactSchema;
      out[key] = value.map((v) => {
        const r = item.safeParse(v);
        return r.success ? r.data : undefined;
      });
      continue;
    }
    const schema = schemaAt(listingSchema, [key]);
    if (!schema) continue;
    const r = schema.safeParse(value);
    if (r.success) out[key] = r.data;
    else if (VOCABULARY_LISTS.has(key) && Array.isArray(value)) {
      // Each id on its own, so "constructor" is reported as an unknown need in the same run as a malformed "../x".
      const element = schemaAt(listingSchema, [key, 0]);
      if (element) out[key] = value.map((v) => (element.safeParse(v).success ? v : undefined));
    }
  }
  return out as Partial<Listing>;
}

/** Defaults for the lists the cross-checks walk, so a missing list is an empty one. */
export function withEmptyLists(parts: Partial<Listing>): Listing {
  return {
    needs: [],
    service_areas: [],
    languages: [],
    access_routes: [],
    delivery: [],
    locations: [],
    contacts: [],
    cost_options: [],
    schedules: [],
    ...parts,
  } as Listing;
}
