import { describe, expect, it } from 'vitest';
import { meilisearchSection, type MeiliRecord } from './meilisearch-report.ts';
import { testMachine } from './test-machine.ts';

const machine = testMachine;
const size = (listings: number, p95Ms: number) => ({
  listings,
  documents: listings + 5,
  indexMs: 12_345,
  serverCpuMs: 9_000,
  batchSize: 500,
  p50Ms: 4,
  p95Ms,
  maxMs: 30,
  slowestQuery: 'q=autism',
  samples: 48,
  queries: 2,
  rssAfterIndexMiB: 150,
  rssAfterQueriesMiB: 160,
  peakRssMiB: 900,
  diskMiB: 110,
  perQuery: { 'q=autism': 5, '(none)': 7 },
});
const record: MeiliRecord = {
  seed: 1,
  queryMix: ['q=autism', ''],
  runs: [
    {
      machine: { ...machine, loadAverage: 1 },
      version: '1.50.0',
      server: 'a throwaway server',
      loadBefore: { '50000': 1.2 },
      sizes: [size(50_000, 20)],
    },
    { machine, version: '1.50.0', server: 'a throwaway server', loadBefore: { '10000': 3.5 }, sizes: [size(10_000, 9)] },
  ],
};
const embedded = [
  { listings: 10_000, build: { wallMs: 3080 }, load: { wallMs: 416 }, rawBytes: 10 * 2 ** 20, gzipBytes: 2 ** 20, p50Ms: 1.1, p95Ms: 3, maxMs: 8.9 },
];

describe('the Meilisearch section of bench/results.md', () => {
  const md = meilisearchSection(record, embedded);

  it('puts each size’s Meilisearch figures beside the embedded ones, smallest first', () => {
    expect(md).toContain('| | 10,000: embedded | 10,000: Meilisearch | 50,000: embedded | 50,000: Meilisearch |');
    expect(md).toContain('| Query latency p95 | 3 ms | 9 ms | not measured | 20 ms |');
    expect(md).toContain('server RSS 150 MiB after indexing, 160 MiB after the queries (peak 900 MiB)');
    expect(md).toContain('| `(none: everything)` | 7 ms | 7 ms |');
  });

  it('says when the embedded figures were measured at a different load', () => {
    expect(meilisearchSection(record, embedded, { loadAverage: 1.07, date: '2026-11-26T18:36:00.000Z' })).toContain(
      'The embedded figures beside them were measured on 2026-11-26 at load average 1.07.',
    );
    expect(md).not.toContain('The embedded figures beside them');
  });

  it('records the machine load of each run and says when the machine was busy', () => {
    expect(md).toContain('Load average before: 3.5 (10,000) — more than the cores');
    expect(md).toMatch(/- 50,000 listings: .*Load average before: 1\.2 \(50,000\)\.$/m);
  });
});
