import type { LoadedListing, ResolvedVenue } from '../../../content/lib/load-directory.ts';
import { markdownToText } from '../../../content/lib/markdown-text.ts';
import type { Vocabularies } from '../../../content/lib/vocabularies.ts';
import type { Day, Schedule } from '../../../content/schema/index.ts';
// The zod-free value list, so the browser engine can use documentId() without the schema.
import { DAYS, LEVELS } from '../../../content/schema/values.ts';

/**
 * What both search engines index: one document per service at one venue. Meilisearch allows one `_geo`
 * point per document, so a service at three venues becomes three documents sharing `serviceId`, and the
 * engines show each service once (its nearest venue when sorting by distance). A service with no venue
 * (online or phone only) is still one document, with no `_geo`.
 *
 * Nothing private goes in: a hidden address contributes its town and postcode district only, and its point
 * is already the district's centre (see loadDirectory), so no search key can read where a refuge is.
 */
export interface SearchDocument {
  /** Meilisearch-safe id: only [A-Za-z0-9_-]. The listing id with "/" as "__", plus "__v<N>" per venue. */
  id: string;
  /** The listing id (its path), e.g. `doncaster-family-hubs/stay-and-play-balby`: the distinct attribute. */
  serviceId: string;
  /** Which venue of the listing, from 0; -1 for a service with no venue. */
  venue: number;
  name: string;
  organization: string;
  summary: string;
  /** The description as plain words (Markdown marks removed), for matching only. */
  description: string;
  /** Need ids, most important first. */
  needs: string[];
  needLabels: string[];
  /** The needs' everyday phrases ("won't go to school"), so people find services in their own words. */
  needPhrases: string[];
  eligibility: string;
  pregnancy: boolean;
  /** Ages in years, always numbers. `send_max` is the SEND upper age, or the ordinary maximum when there is none. */
  age_min: number;
  age_max: number;
  send_max: number;
  level: string;
  access: string[];
  cost: 'free' | 'paid';
  delivery: string[];
  languages: string[];
  /** Days the service runs at this venue (the venue's own times, else the service's). Empty when not stated. */
  days: Day[];
  /** Localities the service is for (service areas, or all of them for whole-borough), not where the venue is. */
  localities: string[];
  /** True when the document is a venue; false for online or phone services without one. */
  has_venue: boolean;
  venueName: string;
  /** Street address, or '' when the provider keeps it private. */
  address: string;
  town: string;
  /** Full postcode, or only the district (e.g. "DN4") when the address is hidden. '' without a venue. */
  postcode: string;
  /** True when the point is the postcode district's centre, not the venue. */
  approximate: boolean;
  /** Ids of the Family Hubs or Youth Hubs this document is at (at most one). */
  hubIds: string[];
  hub: boolean;
  status: 'active' | 'temporarily-closed';
  review: 'current' | 'overdue' | 'lapsed';
  /** Meilisearch's reserved geo field; absent for services without a venue. */
  _geo?: { lat: number; lng: number };
  /**
   * This document's place in the directory's final order (0 first), the last ranking rule on both engines:
   * services equal on every other rule come universal first, then targeted, then specialist (the least
   * intrusive help first), then by name. Without it Meilisearch falls back to its internal document order,
   * which the embedded engine cannot know (docs/decisions/0012-same-ranking-rules-on-both-engines.md).
   */
  tiebreak: number;
}

/** A search document before the whole directory is put in its final order (see `inFinalOrder`). */
export type DocumentDraft = Omit<SearchDocument, 'tiebreak'>;

/** Listing ids use "/" and hyphenated slugs; slugs never contain "_", so "__" is a safe, reversible separator. */
export function documentId(listingId: string, venue: number): string {
  const base = listingId.split('/').join('__');
  return venue < 0 ? base : `${base}__v${venue}`;
}

/** Pure: the search documents for a whole directory, numbered in its final order. */
export function directoryDocuments(listings: readonly LoadedListing[], vocab: Pick<Vocabularies, 'needs'>): SearchDocument[] {
  return inFinalOrder(listings.flatMap((l) => toSearchDocuments(l, vocab)));
}

const levelNo = (level: string) => {
  const k = (LEVELS as readonly string[]).indexOf(level);
  return k < 0 ? LEVELS.length : k;
};
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorted and numbered (`tiebreak`) by level of need, then name (case and accents ignored, then as written),
 * then listing id and venue, so every document has its own place and the order never depends on file order.
 * Plain code-point comparison after lower-casing, so the order is the same on every machine and locale.
 */
export function inFinalOrder(drafts: readonly DocumentDraft[]): SearchDocument[] {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const sorted = [...drafts].sort(
    (a, b) =>
      levelNo(a.level) - levelNo(b.level) ||
      byText(fold(a.name), fold(b.name)) ||
      byText(a.name, b.name) ||
      byText(a.serviceId, b.serviceId) ||
      a.venue - b.venue,
  );
  return sorted.map((d, tiebreak) => ({ ...d, tiebreak }));
}

/** Pure: the search documents for one loaded listing, not yet in the directory's order (`directoryDocuments`). */
export function toSearchDocuments(loaded: LoadedListing, vocab: Pick<Vocabularies, 'needs'>): DocumentDraft[] {
  const l = loaded.listing;
  const needs = l.needs.map((id) => vocab.needs.find((n) => n.id === id)).filter((n) => n !== undefined);
  const base = {
    serviceId: loaded.id,
    name: l.name,
    organization: l.organization,
    summary: l.summary,
    description: markdownToText(l.description),
    needs: [...l.needs],
    needLabels: needs.map((n) => n.label),
    needPhrases: needs.flatMap((n) => n.phrases),
    eligibility: l.eligibility_description ?? '',
    pregnancy: l.pregnancy,
    age_min: l.minimum_age,
    age_max: l.maximum_age,
    send_max: l.send_maximum_age ?? l.maximum_age,
    level: l.level_of_need,
    access: [...l.access_routes],
    cost: l.cost,
    delivery: [...l.delivery],
    languages: [...l.languages],
    localities: [...loaded.localitiesServed],
    status: l.status,
    review: loaded.review.state,
  };
  if (loaded.venues.length === 0) {
    return [
      {
        id: documentId(loaded.id, -1),
        venue: -1,
        ...base,
        days: daysOf(l.schedules),
        has_venue: false,
        venueName: '',
        address: '',
        town: '',
        postcode: '',
        approximate: false,
        hubIds: [],
        hub: false,
      },
    ];
  }
  return loaded.venues.map((v, i) => ({
    id: documentId(loaded.id, i),
    venue: i,
    ...base,
    days: daysOf(v.schedules ?? l.schedules),
    has_venue: true,
    venueName: v.name,
    address: v.hide_address ? '' : [v.address_1, v.address_2].filter(Boolean).join(', '),
    town: v.city,
    postcode: v.hide_address ? outcodeOf(v) : v.postal_code,
    approximate: v.approximate,
    hubIds: v.hub ? [v.hub] : [],
    hub: v.hub !== undefined,
    _geo: { lat: v.lat, lng: v.lng },
  }));
}

function outcodeOf(v: ResolvedVenue): string {
  return v.postal_code.split(' ')[0] ?? '';
}

function daysOf(schedules: Schedule[]): Day[] {
  const set = new Set(schedules.flatMap((s) => s.days));
  return DAYS.filter((d) => set.has(d));
}
