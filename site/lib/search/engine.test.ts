import { createServer } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { buildEmbeddedIndex, loadEmbeddedIndex } from './embedded-index.ts';
import { chooseEngine, embeddedEngine, FALLBACK_NOTICE, fromMeilisearch, meilisearchEngine } from './engine.ts';
import { emptyQuery } from './query.ts';
import { tinyDocs } from './test-docs.ts';

const words = { synonyms: {}, exact: [], stopWords: [] };
const embedded = embeddedEngine(() => loadEmbeddedIndex(buildEmbeddedIndex(tinyDocs, words)));

describe('search engines', () => {
  it('answers from the embedded index', async () => {
    const results = await embedded.search({ ...emptyQuery(), q: 'yoga' });
    expect(results).toMatchObject({ engine: 'embedded', total: 1, hits: [{ serviceId: 'org/yoga' }] });
    expect(results.notice).toBeUndefined();
  });

  it('sends the Meilisearch request and maps the answer', async () => {
    const searcher = vi.fn(async () => ({
      hits: [{ ...tinyDocs[0]!, _geoDistance: 1609.344, _rankingScore: 0.9 }],
      totalHits: 1,
      totalPages: 1,
      hitsPerPage: 10,
      page: 1,
      processingTimeMs: 1,
      query: 'yoga',
      facetDistribution: { needs: { 'parent-wellbeing': 1 } },
    }));
    const engine = meilisearchEngine({ host: 'http://127.0.0.1:7700', searchKey: 'k', indexUid: 'services', fallback: embedded, searcher });
    const near = { lat: 53.5, lng: -1.1, label: 'DN4 0TY' };
    const results = await engine.search({ ...emptyQuery(), q: 'yoga', near, sort: 'distance' });
    expect(searcher).toHaveBeenCalledWith(expect.objectContaining({ q: 'yoga', sort: ['_geoPoint(53.5, -1.1):asc'] }));
    expect(results).toMatchObject({ engine: 'meilisearch', total: 1, hits: [{ serviceId: 'org/yoga', distanceMiles: 1 }] });
    expect(results.hits[0]).not.toHaveProperty('_rankingScore');
    expect(results.facets.needs).toEqual({ 'parent-wellbeing': 1 });
    expect(results.facets.level).toEqual({});
  });

  it('falls back to the embedded index, saying so, when Meilisearch does not answer', async () => {
    const onFallback = vi.fn();
    // A real meilisearch-js client pointed at a port nothing listens on (opened, then closed, to find one).
    const port = await new Promise<number>((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => done(port));
      });
    });
    const engine = meilisearchEngine({
      host: `http://127.0.0.1:${port}`,
      searchKey: 'k',
      indexUid: 'services',
      fallback: embedded,
      timeoutMs: 2000,
      onFallback,
    });
    const results = await engine.search({ ...emptyQuery(), q: 'yoga' });
    expect(results).toMatchObject({ engine: 'embedded', notice: FALLBACK_NOTICE, total: 1 });
    expect(onFallback).toHaveBeenCalledOnce();
    expect(String(onFallback.mock.calls[0]?.[0])).toMatch(/has failed|fetch failed|ECONNREFUSED/);
  });

  it('computes distance from the point when Meilisearch gives none', () => {
    const r = fromMeilisearch(
      { hits: [{ ...tinyDocs[0]! }], processingTimeMs: 1, query: '' },
      { ...emptyQuery(), near: { lat: 53.5, lng: -1.2, label: 'x' } },
    );
    expect(r.hits[0]?.distanceMiles).toBeCloseTo(4.1, 1);
    expect(r.total).toBe(1);
  });

  it('uses Meilisearch only when it is configured', () => {
    expect(chooseEngine({}, embedded).name).toBe('embedded');
    expect(chooseEngine({ meiliUrl: 'https://search.example.org' }, embedded).name).toBe('embedded');
    expect(chooseEngine({ meiliUrl: 'https://search.example.org', searchKey: 'k' }, embedded).name).toBe('meilisearch');
  });
});
