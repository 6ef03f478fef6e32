import { describe, expect, it } from 'vitest';
import { filterClauses, matchesAll, type FilterableDoc } from '../filters.ts';
import type { Query } from '../query.ts';
import { buildCoverage, localityCoverage, type CoverageSearch } from './coverage.ts';
import { coverageCsv } from './coverage-files.ts';
import { describeGap } from './describe-gap.ts';

type Doc = FilterableDoc & { serviceId: string };
const doc = (serviceId: string, d: Partial<FilterableDoc>): Doc => ({
  serviceId,
  needs: ['parenting'],
  age_min: 0,
  age_max: 18,
  send_max: 18,
  localities: ['north'],
  cost: 'free',
  access: ['self-referral'],
  delivery: ['in-person'],
  level: 'universal',
  languages: ['en'],
  days: [],
  hub: false,
  has_venue: true,
  status: 'active',
  review: 'current',
  ...d,
});

/** A small search over fixed documents using search's own filter rules. */
function searchOver(docs: Doc[]): CoverageSearch {
  return (q: Query) => {
    const clauses = filterClauses(q);
    const ids = [...new Set(docs.filter((d) => matchesAll(d, clauses)).map((d) => d.serviceId))];
    return { total: ids.length, hits: ids.map((id) => docs.find((d) => d.serviceId === id)!) };
  };
}

const needs = [
  { id: 'parenting', label: 'Parenting support' },
  { id: 'send', label: 'SEND' },
];
const localities = [
  { id: 'north', name: 'North' },
  { id: 'south', name: 'South' },
];

describe('buildCoverage', () => {
  const docs = [
    doc('a', { age_min: 0, age_max: 4 }),
    doc('b', { age_min: 5, age_max: 11, level: 'targeted', localities: ['north', 'south'] }),
    doc('c', { needs: ['send'], age_min: 5, age_max: 18, send_max: 25, level: 'specialist', access: ['professional-referral'], localities: ['north'] }),
    doc('closed', { status: 'temporarily-closed' }),
    doc('lapsed', { review: 'lapsed' }),
  ];
  const report = buildCoverage({ needs, localities, search: searchOver(docs) });
  const cell = (n: string, l: string) => report.cells.find((c) => c.need === n && c.locality === l)!;

  it('counts active services per need and locality, by level and by age band (SEND band by SEND age)', () => {
    expect(cell('parenting', 'north')).toMatchObject({
      services: 2,
      byLevel: { universal: 1, targeted: 1, specialist: 0 },
      byAge: { '0-4': 1, '5-11': 1, '12-15': 0, '16-19': 0, '19-25-send': 0 },
      local: 1,
      boroughWide: 1,
      openAccess: 2,
    });
    expect(cell('send', 'north').byAge).toMatchObject({ '12-15': 1, '16-19': 1, '19-25-send': 1 });
    expect(report.boroughTotals).toEqual({ parenting: 2, send: 1 });
  });

  it('finds each kind of gap, and says whether another locality has what this one lacks', () => {
    const kinds = (n: string, l: string) => report.gaps.filter((g) => g.need === n && g.locality === l).map((g) => `${g.kind}${g.band ? ` ${g.band}` : ''}${g.elsewhere ? ' (elsewhere)' : ''}`);
    expect(kinds('parenting', 'south')).toEqual(['age-band 0-4 (elsewhere)', 'age-band 12-15', 'age-band 16-19', 'age-band 19-25-send', 'borough-wide-only']);
    expect(kinds('send', 'south')).toEqual(['no-service (elsewhere)']);
    expect(kinds('send', 'north')).toEqual(['age-band 0-4', 'referral-only']);
  });

  it('describes gaps in plain English', () => {
    const gap = report.gaps.find((g) => g.kind === 'referral-only')!;
    expect(describeGap(gap, report)).toBe("SEND: in North, every service needs a professional's referral; families cannot ask for help themselves.");
    expect(describeGap(report.gaps.find((g) => g.kind === 'no-service')!, report)).toBe('SEND: no service in South (other localities have some).');
  });

  it('gives one locality its own figures and gaps', () => {
    const north = localityCoverage(report, 'north');
    expect(north.cells.map((c) => c.need)).toEqual(['parenting', 'send']);
    expect(north.gaps.every((g) => g.locality === 'north')).toBe(true);
    expect(() => localityCoverage(report, 'west')).toThrow(/no locality "west"/);
  });

  it('writes the same figures as CSV, one row per need and locality', () => {
    const lines = coverageCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'need_id,need,locality_id,locality,services,level_universal,level_targeted,level_specialist,age_0_4,age_5_11,age_12_15,age_16_19,age_19_25_send,local_services,borough_wide_services,open_without_referral,gaps',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^parenting,Parenting support,north,North,2,1,1,0,1,1,0,0,0,1,1,2,"Parenting support: nothing for ages 12 to 15/);
  });
});
