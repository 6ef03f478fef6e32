import { describe, expect, it } from 'vitest';
import { filterClauses, matchesAll, type FilterableDoc } from '../filters.ts';
import type { Query } from '../query.ts';
import { buildCoverage, localityCoverage, type CoverageSearch } from './coverage.ts';
import { coverageCsv } from './coverage-files.ts';
import { describeGap, gapSummary } from './describe-gap.ts';

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
  { id: 'parenting', label: 'Parenting support', ages: { min: 0, max: 18 } },
  { id: 'send', label: 'SEND', ages: { min: 0, max: 25 } },
];
const localities = [
  { id: 'north', name: 'North' },
  { id: 'south', name: 'South' },
];

describe('buildCoverage', () => {
  const docs = [
    doc('a', { age_min: 0, age_max: 4 }),
    doc('b', { age_min: 5, age_max: 11, level: 'targeted', localities: ['north', 'south'] }),
    doc('c', {
      needs: ['send'],
      age_min: 5,
      age_max: 18,
      send_max: 25,
      level: 'specialist',
      access: ['professional-referral'],
      localities: ['north'],
    }),
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
    const kinds = (n: string, l: string) =>
      report.gaps
        .filter((g) => g.need === n && g.locality === l)
        .map((g) => `${g.kind}${g.band ? ` ${g.band}` : ''}${g.elsewhere ? ' (elsewhere)' : ''}`);
    // Parenting's ages stop at 18, so "19 to 25 with SEND" is not a parenting gap.
    expect(kinds('parenting', 'south')).toEqual(['age-band 0-4 (elsewhere)', 'age-band 12-15', 'age-band 16-19', 'borough-wide-only']);
    expect(kinds('send', 'south')).toEqual(['no-service (elsewhere)']);
    expect(kinds('send', 'north')).toEqual(['age-band 0-4', 'referral-only']);
  });

  it('lists an age band as a gap only when it is within the need’s plausible ages', () => {
    const youth = [
      { id: 'youth', label: 'Youth', ages: { min: 8, max: 25 } },
      { id: 'childcare', label: 'Childcare', ages: { min: 0, max: 14 } },
    ];
    const r = buildCoverage({
      needs: youth,
      localities,
      search: searchOver([doc('y', { needs: ['youth'], age_min: 12, age_max: 19 }), doc('c', { needs: ['childcare'], age_min: 0, age_max: 4 })]),
    });
    const bands = (n: string) => r.gaps.filter((g) => g.need === n && g.locality === 'north' && g.kind === 'age-band').map((g) => g.band);
    expect(bands('youth')).toEqual(['5-11', '19-25-send']); // never 0 to 4
    expect(bands('childcare')).toEqual(['5-11', '12-15']); // never 16 to 19
  });

  it('describes gaps in plain English', () => {
    const gap = report.gaps.find((g) => g.kind === 'referral-only')!;
    expect(describeGap(gap, report)).toBe("SEND: in North, every service needs a professional's referral; families cannot ask for help themselves.");
    expect(describeGap(report.gaps.find((g) => g.kind === 'no-service')!, report)).toBe('SEND: no service in South (other localities have some).');
  });

  it('names the gaps at a glance: each need and the localities it is missing in', () => {
    expect(gapSummary(report).map((s) => [s.heading, s.lines.map((l) => l.text)])).toEqual([
      ['No service', ['SEND: no service in South.']],
      [
        'Age band with nothing',
        [
          'Parenting support: nothing for ages 0 to 4 in South.',
          'Parenting support: nothing for ages 12 to 15 in every locality.',
          'Parenting support: nothing for ages 16 to 19 in every locality.',
          'SEND: nothing for ages 0 to 4 in North.',
        ],
      ],
      ['Only borough-wide services', ['Parenting support: only borough-wide services in South.']],
      ['Only by professional referral', ['SEND: only by professional referral in North.']],
    ]);
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

describe('bandPlausible', () => {
  it('keeps bands that overlap the need’s ages, by a year or more', async () => {
    const { bandPlausible } = await import('./age-bands.ts');
    expect(bandPlausible({ min: 16, max: 19 }, { min: 0, max: 14 })).toBe(false);
    expect(bandPlausible({ min: 0, max: 4 }, { min: 8, max: 25 })).toBe(false);
    expect(bandPlausible({ min: 5, max: 11 }, { min: 8, max: 25 })).toBe(true);
    expect(bandPlausible({ min: 0, max: 4 }, { min: 0, max: 1 })).toBe(true);
  });
});
