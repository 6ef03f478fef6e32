/**
 * What each field of a search document is for, declared once. Both engines' settings come from this table:
 * Meilisearch's searchable, filterable and displayed attributes (meilisearch-settings.ts) and the embedded
 * engine's field weights (embedded-index.ts), so a field cannot become searchable in one engine only.
 *   weight: searchable, with this weight in the embedded engine. Searchable fields are listed most telling
 *           first (Meilisearch ranks by that order), so weights never rise down the table (fields.test.ts).
 *   filter: usable in a filter (Meilisearch's filterableAttributes).
 *   show:   readable with a search key and shown in results (displayedAttributes). Everything shown is already
 *           public on the service's page. Not shown: the description and phrases (matched, not shown), and
 *           status and review state (internal). A hidden address never reaches a document at all.
 * Browser-safe.
 */
import type { SearchDocument } from './search-document.ts';

export interface FieldRole {
  weight?: number;
  filter?: true;
  show?: true;
}

export const FIELD_ROLES = {
  name: { weight: 6, show: true },
  needLabels: { weight: 4, show: true },
  needPhrases: { weight: 3 },
  summary: { weight: 3, show: true },
  organization: { weight: 2, show: true },
  eligibility: { weight: 1.5, show: true },
  venueName: { weight: 1.5, show: true },
  description: { weight: 1 },
  town: { weight: 1, show: true },
  postcode: { weight: 1, show: true },
  id: { show: true },
  serviceId: { filter: true, show: true },
  venue: { show: true },
  needs: { filter: true, show: true },
  pregnancy: { show: true },
  age_min: { filter: true, show: true },
  age_max: { filter: true, show: true },
  send_max: { filter: true, show: true },
  level: { filter: true, show: true },
  access: { filter: true, show: true },
  cost: { filter: true, show: true },
  delivery: { filter: true, show: true },
  languages: { filter: true, show: true },
  days: { filter: true, show: true },
  localities: { filter: true, show: true },
  has_venue: { filter: true, show: true },
  address: { show: true },
  approximate: { show: true },
  hub: { filter: true, show: true },
  hubIds: { filter: true, show: true },
  status: { filter: true },
  review: { filter: true },
  _geo: { filter: true, show: true },
  // Ranking only (the last rule, meilisearch-settings.ts): neither searched, filtered nor shown.
  tiebreak: {},
} as const satisfies Record<keyof SearchDocument, FieldRole>;

type Roles = typeof FIELD_ROLES;
type FieldsWith<R extends keyof FieldRole> = { [K in keyof Roles]: Roles[K] extends Record<R, unknown> ? K : never }[keyof Roles];
export type SearchableField = FieldsWith<'weight'>;
export type FilterableField = FieldsWith<'filter'>;
export type ShownField = FieldsWith<'show'>;

const fieldsWith = <F extends keyof SearchDocument>(role: keyof FieldRole) =>
  (Object.keys(FIELD_ROLES) as (keyof Roles)[]).filter((f) => (FIELD_ROLES[f] as FieldRole)[role] !== undefined) as F[];

/** Most telling first. */
export const SEARCHABLE_FIELDS: readonly SearchableField[] = fieldsWith<SearchableField>('weight');
export const FILTERABLE_FIELDS: readonly FilterableField[] = fieldsWith<FilterableField>('filter');
export const SHOWN_FIELDS: readonly ShownField[] = fieldsWith<ShownField>('show');
/** Each searchable field's weight in the embedded engine. */
export const FIELD_WEIGHTS = Object.fromEntries(SEARCHABLE_FIELDS.map((f) => [f, FIELD_ROLES[f].weight])) as {
  [K in SearchableField]: Roles[K]['weight'];
};
