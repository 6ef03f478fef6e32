import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstInOrder, searchEmbedded } from './embedded.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from './embedded-index.ts';
import { emptyQuery, type Query } from './query.ts';
import { tinyDocs } from './test-docs.ts';

const index = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(tinyDocs, { synonyms: { mother: ['mum'] }, exact: ['sen'], stopWords: ['the'] })));
const search = (over: Partial<Query>) => searchEmbedded(index, { ...emptyQuery(), ...over });
const ids = (over: Partial<Query>) => search(over).hits.map((h) => `${h.serviceId}@${h.venue}`);

describe('embedded engine', () => {
  it('shows each open service once, in directory order, when there is nothing to rank by', () => {
    expect(ids({})).toEqual(['org/yoga@0', 'org/course@0', 'org/phone@-1']);
  });

  it('ranks by how many words match, then by score', () => {
    // The course has both words; the helpline and yoga (labelled "Parenting support") have the first only.
    expect(ids({ q: 'parenting course' })[0]).toBe('org/course@0');
    expect(search({ q: 'parenting course' }).total).toBe(3);
    expect(ids({ q: 'course parenting' })).toEqual(['org/course@0']);
    expect(ids({ q: 'the mother' })).toEqual(['org/yoga@0']);
  });

  it('sorts by distance to the nearest venue, with services without a venue last', () => {
    const near = { lat: 53.5, lng: -1.16, label: 'DN4 0TY' };
    const r = search({ near, sort: 'distance' });
    expect(r.hits.map((h) => `${h.serviceId}@${h.venue}`)).toEqual(['org/course@1', 'org/yoga@0', 'org/phone@-1']);
    expect(r.hits.map((h) => h.distanceMiles)).toEqual([0, 2.47, undefined]);
  });

  it('counts facets once per service, over all matching services', () => {
    const r = search({ needs: ['parenting'] });
    expect(r.facets.needs).toEqual({ parenting: 2 });
    expect(r.facets.days).toEqual({ monday: 1, friday: 1 });
    expect(r.facets.hub).toEqual({ false: 2, true: 1 });
  });

  it('pages through distinct services', () => {
    expect(search({ size: 2 })).toMatchObject({ total: 3, totalPages: 2, hits: [{ serviceId: 'org/yoga' }, { serviceId: 'org/course' }] });
    expect(search({ size: 2, page: 2 }).hits.map((h) => h.serviceId)).toEqual(['org/phone']);
    expect(search({ size: 2, page: 3 }).hits).toEqual([]);
  });

  it('filters on the chosen venue: open on Friday means the Friday venue', () => {
    expect(ids({ day: 'friday' })).toEqual(['org/course@1']);
  });

  it('puts only the first k items in order, the same as a full sort would', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 503);
    const asc = (a: number, b: number) => a - b;
    expect(firstInOrder([...items], 10, asc)).toEqual([...items].sort(asc).slice(0, 10));
    expect(firstInOrder([...items], 400, asc)).toEqual([...items].sort(asc).slice(0, 400));
    expect(firstInOrder([...items], 0, asc)).toEqual([]);
  });

  it('refuses an index from another format, plainly', () => {
    expect(() => loadEmbeddedIndex({ ...buildEmbeddedIndex([], { synonyms: {}, exact: [], stopWords: [] }), format: 2 as 3 })).toThrow(
      /Rebuild the site/,
    );
  });

  it('stays browser-safe: no Node built-ins anywhere in site/lib/search', () => {
    for (const f of ['query', 'filters', 'embedded', 'term-index', 'compact-index', 'engine', 'geocode', 'meilisearch-request', 'results']) {
      expect(readFileSync(new URL(`./${f}.ts`, import.meta.url), 'utf8')).not.toMatch(/from ['"](node:|fs|path)/);
    }
  });
});

describe('split words on the embedded engine', () => {
  it('finds a joined-up word, and every word its neighbour index holds is a term (so a cut with an unknown half can skip building it)', () => {
    const fresh = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(tinyDocs, { synonyms: {}, exact: [], stopWords: [] })));
    expect(searchEmbedded(fresh, { ...emptyQuery(), q: 'babyyoga' }).hits.map((h) => h.name)).toContain('Mum and Baby Yoga');
    expect(fresh.pairs).toBeDefined();
    const words = [...fresh.pairs!.docs.ids.keys(), ...fresh.pairs!.needs.ids.keys()];
    expect(words.length).toBeGreaterThan(10);
    const notTerms = words.filter((w) => fresh.terms.terms.get(w) === undefined && fresh.needTerms?.terms.terms.get(w) === undefined);
    expect(notTerms).toEqual([]);
  });

  it('builds no neighbour index for a word with no cut into two known words', () => {
    const fresh = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(tinyDocs, { synonyms: {}, exact: [], stopWords: [] })));
    searchEmbedded(fresh, { ...emptyQuery(), q: 'parenting' });
    expect(fresh.pairs).toBeUndefined();
  });
});

describe('the last rules, as on Meilisearch', () => {
  const twin = (serviceId: string, tiebreak: number, description: string) => ({
    ...tinyDocs[0]!,
    id: serviceId.replace('/', '__'),
    serviceId,
    name: 'Play Session',
    summary: 'Sessions for families.',
    needs: ['parenting'],
    description,
    tiebreak,
  });
  const words = { synonyms: {}, exact: [], stopWords: ['the', 'a'] };
  const order = (docs: ReturnType<typeof twin>[], q: string) =>
    searchEmbedded(loadEmbeddedIndex(buildEmbeddedIndex(docs, words)), { ...emptyQuery(), q }).hits.map((h) => h.serviceId);

  it('keeps the directory final order (tiebreak) among equals, whatever order the documents come in', () => {
    const a = twin('org/a', 1, 'Toys and games.');
    const b = twin('org/b', 0, 'Toys and games.');
    expect(order([a, b], 'play session')).toEqual(['org/b', 'org/a']);
    expect(order([b, a], 'play session')).toEqual(['org/b', 'org/a']);
  });

  it('puts a description that starts with the query first, as Meilisearch exactness does', () => {
    const early = twin('org/early', 0, 'Toys, games and a messy corner with messy play trays.');
    const starts = twin('org/starts', 1, 'Messy play, songs and a snack.');
    expect(order([early, starts], 'messy play')).toEqual(['org/starts', 'org/early']);
  });
});
