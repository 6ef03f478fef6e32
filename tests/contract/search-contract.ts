/**
 * One contract, two engines: the table of queries both the embedded engine and Meilisearch must answer
 * the same way, over the fixed fixture directory in tests/fixtures/directory (made for these cases, and
 * independent of the example listings so the expectations never drift).
 *
 * Expectations name services by their listing id without the "fixture-" organisation prefix. Each case says
 * what it covers; `ids` means exactly these services in this order, the others are looser on purpose
 * (ranking details between engines may differ where the contract does not care).
 */
import type { SearchResults } from '../../site/lib/search/results.ts';

export interface ContractCase {
  name: string;
  /** The URL parameters, exactly as the search page would send them. */
  params: string;
  /** Exactly these services, in this order. */
  ids?: string[];
  /** This service comes first. */
  first?: string;
  includes?: string[];
  excludes?: string[];
  total?: number;
  /** Service → the venue (index in its listing) the result must show. */
  venues?: Record<string, number>;
}

const S = {
  stayAndPlay: 'family-hubs/stay-and-play-balby',
  babyMassage: 'family-hubs/baby-massage-moorends',
  tripleP: 'family-hubs/triple-p-parenting-course',
  autismGroup: 'autism-parents/autism-parent-group',
  youthClub: 'youth-service/tom-hill-youth-club',
  shortBreaks: 'short-breaks/rossington-short-breaks',
  attendance: 'attendance/school-attendance-support',
  safeAtHome: 'safe-at-home/domestic-abuse-support',
  childminder: 'little-acorns/little-acorns-childminder',
  nappies: 'nappy-library/cloth-nappy-library',
  yoga: 'mum-yoga/mum-and-baby-yoga',
  benefits: 'money-advice/benefits-advice-online',
  closedFoodClub: 'food-club/mexborough-holiday-food-club',
  lapsedToddlerGym: 'toddler-gym/armthorpe-toddler-gym',
  overdueStorytime: 'libraries/rossington-storytime',
  outreach: 'outreach/bentley-family-outreach',
  teenOnline: 'young-minds/teen-wellbeing-online',
  collegeLink: 'college-link/send-college-link',
  holidayActivities: 'holiday-activities/askern-holiday-activities',
  antenatal: 'antenatal/online-antenatal-class',
} as const;

export const SERVICES = S;
export const fixtureId = (short: string) => `fixture-${short}`;

export const CONTRACT: ContractCase[] = [
  // Need filters (any of)
  { name: 'need filter: one need', params: 'needs=send', includes: [S.autismGroup, S.shortBreaks, S.collegeLink], total: 3 },
  {
    name: 'need filter: any of two needs',
    params: 'needs=send&needs=youth',
    includes: [S.autismGroup, S.shortBreaks, S.collegeLink, S.youthClub],
    total: 4,
  },
  // Age overlap at the boundaries (Tom Hill Youth Club is for 11 to 18)
  { name: 'age: the youngest age is in', params: 'needs=youth&age=11', ids: [S.youthClub] },
  { name: 'age: one year too young is out', params: 'needs=youth&age=10', total: 0 },
  { name: 'age: the oldest age is in', params: 'needs=youth&age=18', ids: [S.youthClub] },
  { name: 'age: one year too old is out', params: 'needs=youth&age=19', total: 0 },
  { name: 'age: a range overlapping the edge is in', params: 'needs=youth&age_min=5&age_max=11', ids: [S.youthClub] },
  { name: 'age: a baby of six months', params: 'needs=pregnancy-baby&age=0.5', includes: [S.babyMassage, S.nappies, S.antenatal], total: 3 },
  // SEND extension: the SEND upper age applies only with send on, and only where the listing has one
  {
    name: 'SEND: 22 with SEND finds services with an extended age',
    params: 'needs=send&needs=youth&age=22&send=1',
    includes: [S.collegeLink, S.youthClub],
    total: 2,
  },
  { name: 'SEND: 22 without SEND finds nothing', params: 'needs=send&needs=youth&age=22', total: 0 },
  { name: 'SEND: the SEND upper age is a boundary too', params: 'needs=youth&age=24&send=1', ids: [S.youthClub] },
  { name: 'SEND: past the SEND upper age is out', params: 'needs=youth&age=25&send=1', total: 0 },
  // Locality via service area, not where the venue is
  {
    name: 'locality: a service for the north with its office in central is in the north',
    params: 'needs=family-relationships&locality=north',
    ids: [S.outreach],
  },
  { name: 'locality: and not in central', params: 'needs=family-relationships&locality=central', total: 0 },
  { name: 'locality: whole-borough services are in every locality', params: 'needs=school-learning&locality=south', ids: [S.attendance] },
  // Radius and distance order (from DN4 0TY: Balby 0, Wheatley 2.8, Bentley 3.5, Moorends 12.4 miles)
  {
    name: 'radius: within 5 miles nearest first, online services after venues',
    params: 'needs=childcare-early-learning&needs=pregnancy-baby&near=DN4+0TY&radius=5&sort=distance',
    ids: [S.stayAndPlay, S.nappies, S.childminder, S.antenatal],
  },
  {
    name: 'radius: within 2 miles',
    params: 'needs=childcare-early-learning&needs=pregnancy-baby&near=DN4+0TY&radius=2&sort=distance',
    ids: [S.stayAndPlay, S.antenatal],
  },
  {
    name: 'distance: no radius, everything nearest first',
    params: 'needs=childcare-early-learning&needs=pregnancy-baby&near=DN4+0TY&sort=distance',
    ids: [S.stayAndPlay, S.nappies, S.childminder, S.babyMassage, S.antenatal],
  },
  // Distinct services, at the nearest venue
  {
    name: 'distinct: a service at three venues shows once, at the nearest (Moorends)',
    params: 'needs=parenting&near=DN8+4SB&sort=distance',
    ids: [S.tripleP, S.autismGroup],
    venues: { [S.tripleP]: 2 },
  },
  {
    name: 'distinct: from Balby the nearest venue is Wheatley',
    params: 'needs=parenting&near=DN4+0TY&sort=distance',
    ids: [S.autismGroup, S.tripleP],
    venues: { [S.tripleP]: 0 },
  },
  { name: 'distinct: counted once in the total', params: 'needs=behaviour', ids: [S.tripleP], total: 1 },
  // Closed and lapsed listings are out; overdue ones stay in
  { name: 'closed: a temporarily closed service is not found by its name', params: 'q=Mexborough+Holiday+Food+Club', excludes: [S.closedFoodClub] },
  { name: 'lapsed: a listing past its review grace period is not found', params: 'q=Armthorpe+Toddler+Gym', excludes: [S.lapsedToddlerGym] },
  {
    name: 'closed and lapsed: not in filtered lists either',
    params: 'needs=family-activities&needs=money-benefits',
    excludes: [S.closedFoodClub, S.lapsedToddlerGym],
    includes: [S.overdueStorytime],
  },
  { name: 'overdue: a listing overdue for review is still found', params: 'q=storytime', first: S.overdueStorytime },
  // Typos: 1 from 5 letters, 2 from 9, none under 5
  { name: 'typo: one letter missing in a 6-letter word', params: 'q=masage', first: S.babyMassage },
  { name: 'typo: a letter missing in a 10-letter word, beside a second word', params: 'q=childmindr+acorns', first: S.childminder },
  { name: 'typo: none allowed in a 4-letter word', params: 'q=yoka', total: 0 },
  // Synonyms (the reviewed file and the needs vocabulary)
  { name: 'synonym: diaper finds nappies', params: 'q=diaper', first: S.nappies },
  { name: 'synonym: mother finds mum', params: 'q=mother', first: S.yoga },
  { name: 'synonym: DV finds domestic abuse', params: 'q=dv', first: S.safeAtHome },
  { name: 'synonym: child minder (two words) finds childminder', params: 'q=child+minder+bentley', first: S.childminder },
  { name: 'synonym: HAF finds holiday activities', params: 'q=haf+askern', first: S.holidayActivities },
  // Everyday phrases from the needs vocabulary
  { name: "phrase: won't go to school", params: "q=won't+go+to+school", first: S.attendance },
  {
    name: 'phrase: universal credit finds money services',
    params: 'q=universal+credit',
    includes: [S.benefits, S.nappies],
    excludes: [S.closedFoodClub],
  },
  { name: 'phrase: low mood', params: 'q=low+mood&age=15', first: S.teenOnline },
  // Other filters
  { name: 'free only', params: 'needs=send&free=1', excludes: [S.shortBreaks], total: 2 },
  { name: 'Family Hubs only', params: 'needs=childcare-early-learning&hubs=1', ids: [S.stayAndPlay] },
  { name: 'open on a Saturday', params: 'needs=send&day=saturday', includes: [S.autismGroup, S.shortBreaks], total: 2 },
  { name: 'language', params: 'needs=childcare-early-learning&language=pl', ids: [S.stayAndPlay] },
  { name: 'delivery: online', params: 'delivery=online&needs=child-mental-health', ids: [S.teenOnline] },
  { name: 'level of need: specialist', params: 'level=specialist', includes: [S.shortBreaks, S.safeAtHome], total: 2 },
  { name: 'access route: drop-in', params: 'access=drop-in&needs=pregnancy-baby', ids: [S.nappies] },
  // No results
  { name: 'no results: words nobody uses', params: 'q=xylophone+quartet', total: 0 },
];

/** What is wrong with the results for a case; empty when they meet it. */
export function contractFailures(c: ContractCase, results: SearchResults): string[] {
  const got = results.hits.map((h) => h.serviceId);
  const want = (short: string) => fixtureId(short);
  const out: string[] = [];
  if (c.ids && JSON.stringify(got) !== JSON.stringify(c.ids.map(want)))
    out.push(`expected exactly ${JSON.stringify(c.ids.map(want))}, got ${JSON.stringify(got)}`);
  if (c.first && got[0] !== want(c.first)) out.push(`expected ${want(c.first)} first, got ${JSON.stringify(got.slice(0, 3))}`);
  for (const s of c.includes ?? []) if (!got.includes(want(s))) out.push(`expected ${want(s)} in ${JSON.stringify(got)}`);
  for (const s of c.excludes ?? []) if (got.includes(want(s))) out.push(`expected ${want(s)} not to be found`);
  if (c.total !== undefined && results.total !== c.total)
    out.push(`expected ${c.total} services in total, got ${results.total}: ${JSON.stringify(got)}`);
  if (new Set(got).size !== got.length) out.push(`a service appears more than once: ${JSON.stringify(got)}`);
  for (const [s, venue] of Object.entries(c.venues ?? {})) {
    const hit = results.hits.find((h) => h.serviceId === want(s));
    if (hit?.venue !== venue) out.push(`expected ${want(s)} at venue ${venue}, got ${String(hit?.venue)}`);
  }
  return out;
}
