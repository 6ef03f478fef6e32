import { describe, expect, it } from 'vitest';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../embedded-index.ts';
import { embeddedEngine } from '../engine.ts';
import { emptyQuery } from '../query.ts';
import { tinyDocs } from '../test-docs.ts';
import { compileLexicon } from './lexicon.ts';
import { searchUnderstood } from './plan.ts';
import type { UnderstandContext } from './understand.ts';

const engine = embeddedEngine(() => loadEmbeddedIndex(buildEmbeddedIndex(tinyDocs, { synonyms: {}, exact: [], stopWords: [] })));
const ctx: UnderstandContext = {
  lexicon: compileLexicon({ 'parent-wellbeing': ['feel alone', 'need a break'], parenting: ['tantrums'] }),
  places: [],
  areaNames: ['doncaster'],
};
const run = (q: string, extra = {}) => searchUnderstood(engine, { ...emptyQuery(), q, ...extra }, ctx);

describe('searchUnderstood: never a dead end', () => {
  it('ranks services with the need the words point to first, hiding nothing', async () => {
    const r = await run('parenting yoga need a break');
    expect(r.understanding.needs.map((n) => n.needId)).toEqual(['parent-wellbeing']);
    expect(r.steps).toEqual([]);
    expect(r.results.hits[0]!.serviceId).toBe('org/yoga');
    expect(r.results.boosted).toBe(1);
    expect(r.results.total).toBe(3);
  });

  it('drops leading words when nothing matches them all', async () => {
    const r = await run('zebra parenting');
    expect(r.steps).toEqual([{ kind: 'fewer-words', words: 'parenting' }]);
    expect(r.results.total).toBe(3);
  });

  it('falls back to the need alone when no service with it matches the words', async () => {
    const r = await run('i feel alone with twins');
    expect(r.steps).toEqual([{ kind: 'needs-only', needs: ['parent-wellbeing'] }]);
    expect(r.results.hits.map((h) => h.serviceId)).toEqual(['org/yoga']);
  });

  it('lists the services with the need the words say most plainly first when falling back to the needs alone', async () => {
    // Parenting read from the longer phrase, so first: its services (course, phone) before the yoga class, which
    // comes first in the directory's own order.
    const both: UnderstandContext = {
      ...ctx,
      lexicon: compileLexicon({ 'parent-wellbeing': ['feel alone'], parenting: ['toddler tantrums every night'] }),
    };
    const r = await searchUnderstood(engine, { ...emptyQuery(), q: 'toddler tantrums every night and i feel alone' }, both);
    expect(r.steps).toEqual([{ kind: 'needs-only', needs: ['parenting', 'parent-wellbeing'] }]);
    expect(r.results.hits.map((h) => h.serviceId)).toEqual(['org/course', 'org/phone', 'org/yoga']);
  });

  it('passes over fewer words whose first three lack the need the words say most plainly, for the needs alone', async () => {
    // "baby yoga" alone finds the yoga class (parents' wellbeing, the second need read), but the words say parenting
    // most plainly: the parenting services, then the yoga class, answer better than the yoga class alone.
    const both: UnderstandContext = {
      ...ctx,
      lexicon: compileLexicon({ 'parent-wellbeing': ['giraffe baby'], parenting: ['zebra crossing lights'] }),
    };
    const r = await searchUnderstood(engine, { ...emptyQuery(), q: 'zebra crossing lights giraffe baby yoga' }, both);
    expect(r.understanding.needs.map((n) => n.needId)).toEqual(['parenting', 'parent-wellbeing']);
    expect(r.steps).toEqual([{ kind: 'needs-only', needs: ['parenting', 'parent-wellbeing'] }]);
    expect(r.results.hits.map((h) => h.serviceId)).toEqual(['org/course', 'org/phone', 'org/yoga']);
    // With the plainest need in its first three, fewer words still answer.
    const plain = await searchUnderstood(engine, { ...emptyQuery(), q: 'zebra crossing lights helpline' }, both);
    expect(plain.steps).toEqual([{ kind: 'fewer-words', words: 'helpline' }]);
    // Every page takes the same step, whatever its size: the first three of the first page decide.
    for (const page of [
      { page: 2, size: 1 },
      { page: 3, size: 10 },
    ]) {
      const paged = await searchUnderstood(engine, { ...emptyQuery(), q: 'zebra crossing lights helpline', ...page }, both);
      expect(paged.steps).toEqual(plain.steps);
    }
  });

  it('reads the weekend as Saturday or Sunday', async () => {
    const r = await run('parenting course this weekend');
    expect(r.understanding.day).toEqual({ day: 'weekend', phrase: 'this weekend' });
    // Nothing in the test directory is open at the weekend, so the day goes before nothing is shown.
    expect(r.steps).toEqual([{ kind: 'without-understood-filters' }]);
  });

  it('drops the filters it read from the words before showing nothing, and says so', async () => {
    const r = await run('parenting course on saturday');
    expect(r.understanding.day?.day).toBe('saturday');
    expect(r.steps).toEqual([{ kind: 'without-understood-filters' }]);
    expect(r.query.day).toBeUndefined();
    expect(r.results.total).toBeGreaterThan(0);
  });

  it("lists only what it applied: the form's own age and needs win", async () => {
    const r = await run('yoga for my 3 year old need a break', { ageMin: 1, ageMax: 1, needs: ['parenting'] });
    expect(r.understanding.age).toBeUndefined();
    expect(r.understanding.needs).toEqual([]);
    expect(r.query).toMatchObject({ ageMin: 1, ageMax: 1, boostNeeds: [] });
  });

  it('shows every service that fits the age, day, cost or place read from the words when the words match nothing', async () => {
    const r = await run('zebra for my 3 year old');
    expect(r.understanding.age).toMatchObject({ min: 3, max: 3 });
    expect(r.steps).toEqual([{ kind: 'filters-only' }]);
    expect(r.query).toMatchObject({ q: '', ageMin: 3, ageMax: 3 });
    expect(r.results.total).toBeGreaterThan(0);
  });

  it('keeps a filter the person chose themselves, and can still find nothing', async () => {
    const r = await run('zebra giraffe', { day: 'sunday' });
    expect(r.results.total).toBe(0);
    expect(r.query.day).toBe('sunday');
  });
});
