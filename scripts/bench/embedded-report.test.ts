import { describe, expect, it } from 'vitest';
import { type EmbeddedRecord, embeddedSection, type SizeResult } from './embedded-report.ts';
import { testMachine } from './test-machine.ts';

const timing = (wallMs: number, cpuMs = wallMs) => ({ wallMs, cpuMs });
const size = (listings: number, p95Ms: number, gzipBytes: number): SizeResult => ({
  listings,
  services: listings,
  documents: listings + 40,
  generate: timing(900),
  validateInMemory: timing(1_500, 1_400),
  transform: timing(300),
  build: timing(2_000),
  rawBytes: gzipBytes * 6,
  gzipBytes,
  load: timing(250),
  firstPass: { ms: 31.2, q: 'q=autism' },
  queries: 2,
  samples: 40,
  p50Ms: 1.1,
  p95Ms,
  p50CpuMs: 1,
  p95CpuMs: p95Ms - 0.5,
  maxMs: 40,
  slowestQuery: 'q=autism',
  perQuery: { 'q=autism': 1.2, '(none)': 0.8 },
});
const record = (sizes: SizeResult[]): EmbeddedRecord => ({
  machine: testMachine,

  seed: 7,
  goals: { p95Ms10k: 10, gzipBytes10k: 2 * 1024 * 1024 },
  queryMix: ['q=autism', ''],
  example: { listings: 310, documents: 340, validate: timing(1_234, 1_100), transform: timing(12) },
  sizes,
});

describe('the embedded part of bench/results.md', () => {
  it('says whether each goal is met at 10,000 listings, in wall clock and CPU time', () => {
    const md = embeddedSection(record([size(10_000, 4.9, 1_500_000)]));
    expect(md).toContain('- Embedded query p95 < 10 ms at 10,000 listings: 4.9 ms wall clock, met; 4.4 ms of CPU time, met.');
    expect(md).toContain('- Embedded index for 10,000 listings < 2 MB gzip: 1.43 MB, met.');
    expect(md).toContain('(seed 7)');
    expect(md).toContain('busy with other work');
  });

  it('marks a goal missed, and an unmeasured 10,000 as not measured rather than met', () => {
    expect(embeddedSection(record([size(10_000, 12, 3_000_000)]))).toContain('12 ms wall clock, MISSED');
    const small = embeddedSection(record([size(1_000, 2, 100_000)]));
    expect(small).toContain('at 10,000 listings: not measured.');
    expect(small).toContain('| Query latency p95 (wall / CPU) | 2 ms / 1.5 ms |');
  });

  it('lists the query mix with each query median, "(none: everything)" for the empty one', () => {
    const md = embeddedSection(record([size(10_000, 4.9, 1_500_000)]));
    expect(md).toContain('| `q=autism` | 1.2 ms |');
    expect(md).toContain('| `(none: everything)` | 0.8 ms |');
    expect(md).toContain(
      '310 listings, 340 search documents. Validation (loadDirectory: YAML with line numbers, zod schema, cross-checks) 1.23 s (CPU 1.10 s)',
    );
  });
});
