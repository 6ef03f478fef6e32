import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { benchSignposts, signpostSection } from './signposts.ts';

const vocab = loadVocabularies(join(resolve(import.meta.dirname, '../..'), 'content'));

describe('the urgent-help matcher benchmark', () => {
  it('times the build and each search, and sizes what the page downloads', () => {
    const b = benchSignposts(vocab.urgentHelp, ['drama club', 'my husband hits me', 'nowhere to sleep tonight with my kids']);
    expect(b.searches).toBe(3);
    expect(b.loadMs).toBeGreaterThan(0);
    expect(b.p50Ms).toBeLessThanOrEqual(b.p95Ms);
    expect(b.p95Ms).toBeLessThanOrEqual(b.maxMs);
    // The words are the biggest thing the search page fetches: hundreds of kilobytes, the model tens.
    expect(b.wordsGzipBytes).toBeGreaterThan(100 * 1024);
    expect(b.modelGzipBytes).toBeGreaterThan(1024);
    expect(b.modelGzipBytes).toBeLessThan(b.wordsGzipBytes);
  });

  it('reports in plain words', () => {
    const text = signpostSection({
      wordsGzipBytes: 438_000,
      modelGzipBytes: 38_700,
      loadMs: 212.4,
      searches: 31_000,
      p50Ms: 0.41,
      p95Ms: 1.02,
      maxMs: 7.9,
    });
    expect(text).toContain('the trigger words 427.7 KB gzip and the word model 37.8 KB gzip');
    expect(text).toContain('Built once per page (parse, unpack, compile, read the model): 212.4 ms');
    expect(text).toContain('p50 0.41 ms, p95 1.02 ms, slowest 7.9 ms, over 31,000 searches');
  });
});
