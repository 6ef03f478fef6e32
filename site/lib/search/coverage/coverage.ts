import { LEVELS, type Level } from '../../../../content/schema/values.ts';
import { emptyQuery, type Query } from '../query.ts';
import { AGE_BANDS, bandPlausible, type AgeBand, type AgeSpan } from './age-bands.ts';

/**
 * How well each need is covered in each locality: the number of services a family there would find, split by
 * level of need and by age band, and where the gaps are.
 *
 * Every figure is the number of results search gives for the same filters: the counts are made by running
 * the query model through the search engine (passed in as `search`), never by a second set of rules that
 * could drift from it. Search already leaves out services that are temporarily closed or lapsed.
 */

/** The parts of a search result coverage reads: how many services, and for each, where and how it is reached. */
export interface CoverageSearchResult {
  total: number;
  hits: { serviceId: string; localities: string[]; access: string[] }[];
}
export type CoverageSearch = (query: Query) => CoverageSearchResult;

export interface CoverageCell {
  need: string;
  locality: string;
  /** Active services for this need that a family in this locality can use. */
  services: number;
  byLevel: Record<Level, number>;
  /** By age band id (see AGE_BANDS). */
  byAge: Record<string, number>;
  /** Services aimed at this locality (named in their service areas, not borough-wide). */
  local: number;
  /** Services for the whole borough (they reach this locality but were not planned for it). */
  boroughWide: number;
  /** Services a family can use without a professional's referral (self-referral, drop in or booking). */
  openAccess: number;
}

export type GapKind = 'no-service' | 'age-band' | 'borough-wide-only' | 'referral-only';

export interface Gap {
  kind: GapKind;
  need: string;
  locality: string;
  /** For age-band gaps. */
  band?: string;
  /** For age-band and no-service gaps: whether another locality has a service for the same need (and band). */
  elsewhere?: boolean;
}

/** A need as coverage reads it: its id, label and the ages it plausibly concerns. */
export interface CoverageNeed {
  id: string;
  label: string;
  ages: AgeSpan;
}

export interface CoverageReport {
  needs: CoverageNeed[];
  localities: { id: string; name: string }[];
  bands: readonly AgeBand[];
  levels: readonly Level[];
  /** Need by need, locality by locality, in vocabulary order. */
  cells: CoverageCell[];
  /** Per need, the services anywhere in the borough (a service for several localities counts once). */
  boroughTotals: Record<string, number>;
  gaps: Gap[];
}

export interface CoverageInput {
  needs: CoverageNeed[];
  localities: { id: string; name: string }[];
  search: CoverageSearch;
}

/** A query for coverage: the whole list of matching services on one page, so every hit can be read. */
export function coverageQuery(partial: Partial<Query>): Query {
  return { ...emptyQuery(), ...partial, page: 1, size: 100_000 };
}

/** The age filter for a band, as the search page would send it (age_min, age_max, and send=1 for SEND). */
export function bandQuery(band: AgeBand): Partial<Query> {
  return { ageMin: band.min, ageMax: band.max, send: band.send };
}

export function buildCoverage(input: CoverageInput): CoverageReport {
  const { needs, localities, search } = input;
  const allLocalities = localities.map((l) => l.id);
  const cells: CoverageCell[] = [];
  const boroughTotals: Record<string, number> = {};
  for (const need of needs) {
    boroughTotals[need.id] = search(coverageQuery({ needs: [need.id] })).total;
    for (const locality of localities) {
      const base = { needs: [need.id], locality: locality.id };
      const all = search(coverageQuery(base));
      const byLevel = Object.fromEntries(LEVELS.map((v) => [v, search(coverageQuery({ ...base, level: v })).total])) as Record<Level, number>;
      const byAge = Object.fromEntries(AGE_BANDS.map((b) => [b.id, search(coverageQuery({ ...base, ...bandQuery(b) })).total]));
      // Borough-wide: the service is for every locality (whole-borough, or all of them listed).
      const boroughWide = all.hits.filter((h) => allLocalities.every((l) => h.localities.includes(l))).length;
      const openAccess = all.hits.filter((h) => h.access.some((a) => a !== 'professional-referral')).length;
      cells.push({
        need: need.id,
        locality: locality.id,
        services: all.total,
        byLevel,
        byAge,
        local: all.total - boroughWide,
        boroughWide,
        openAccess,
      });
    }
  }
  return {
    needs,
    localities,
    bands: AGE_BANDS,
    levels: LEVELS,
    cells,
    boroughTotals,
    gaps: findGaps(
      cells,
      localities.map((l) => l.id),
      needs,
    ),
  };
}

/**
 * The gaps a commissioner acts on, most serious first within each need and locality: no service at all; an
 * age band with nothing (only bands within the need's plausible ages); a locality reached only by
 * borough-wide services; help only by professional referral.
 */
export function findGaps(cells: readonly CoverageCell[], localityIds: readonly string[], needs: readonly Pick<CoverageNeed, 'id' | 'ages'>[]): Gap[] {
  const gaps: Gap[] = [];
  const spanOf = new Map(needs.map((n) => [n.id, n.ages]));
  const cell = (need: string, locality: string) => cells.find((c) => c.need === need && c.locality === locality);
  for (const c of cells) {
    const others = localityIds
      .filter((l) => l !== c.locality)
      .map((l) => cell(c.need, l))
      .filter((x): x is CoverageCell => x !== undefined);
    if (c.services === 0) {
      gaps.push({ kind: 'no-service', need: c.need, locality: c.locality, elsewhere: others.some((o) => o.services > 0) });
      continue;
    }
    const span = spanOf.get(c.need);
    for (const band of AGE_BANDS) {
      if (span && !bandPlausible(band, span)) continue;
      if ((c.byAge[band.id] ?? 0) === 0) {
        gaps.push({
          kind: 'age-band',
          need: c.need,
          locality: c.locality,
          band: band.id,
          elsewhere: others.some((o) => (o.byAge[band.id] ?? 0) > 0),
        });
      }
    }
    if (c.local === 0) gaps.push({ kind: 'borough-wide-only', need: c.need, locality: c.locality });
    if (c.openAccess === 0) gaps.push({ kind: 'referral-only', need: c.need, locality: c.locality });
  }
  return gaps;
}

/** One locality's coverage, for its profile page: each need's figures and the locality's gaps. */
export function localityCoverage(
  report: CoverageReport,
  localityId: string,
): { locality: { id: string; name: string }; cells: CoverageCell[]; gaps: Gap[] } {
  const locality = report.localities.find((l) => l.id === localityId);
  if (!locality) throw new Error(`There is no locality "${localityId}". Localities: ${report.localities.map((l) => l.id).join(', ')}.`);
  return { locality, cells: report.cells.filter((c) => c.locality === localityId), gaps: report.gaps.filter((g) => g.locality === localityId) };
}
