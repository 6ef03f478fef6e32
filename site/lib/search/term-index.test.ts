import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compactMini } from './compact-index.ts';
import { loadTermIndex, searchWords, type WordQuery } from './term-index.ts';

// Enough words sharing prefixes and near-misses that exact, prefix and fuzzy matches all meet.
const texts = [
  ['Parenting course', 'A course for parents of teenagers, parenting with confidence'],
  ['Parents group', 'Parent and toddler group; parenting tips'],
  ['Nursery', 'Nursery places for two year olds, nurse led clinic'],
  ['Breastfeeding support', 'Breast feeding peer support and breastfeeding cafe'],
  ['Youth club', 'Youth club for young people, younger children welcome'],
  ['Counselling', 'Counseling and counselling for anxiety; counsellor on site'],
  ['Support line', 'Support for parents and carers, supporting families'],
  ['Stay and play', 'Play sessions, playgroup and stay and play for parents'],
];
const docs = texts.map(([name, summary], i) => ({ i, name, summary }));
const options = { idField: 'i', fields: ['name', 'summary'], storeFields: [] };
const built = new MiniSearch(options);
built.addAll(docs);
// The engine always searches an index loaded from JSON (whose radix tree can differ in order from the one
// first built), so compare with MiniSearch loading the same JSON.
const mini = MiniSearch.loadJS(built.toJSON(), options);
const terms = loadTermIndex(compactMini(built.toJSON()));
const boosts = [3, 1];

/** MiniSearch's own answer to the same query, as document → score. */
function miniSearchScores(words: WordQuery[], allowed: Uint8Array): Map<number, number> {
  const results = mini.search(
    { queries: words.map((w) => w.term), combineWith: 'OR' },
    {
      fuzzy: (t: string) => words.find((w) => w.term === t)!.fuzzy,
      prefix: (t: string) => words.find((w) => w.term === t)!.prefix,
      boost: { name: 3, summary: 1 },
      filter: (r) => allowed[r.id as number] === 1,
    },
  );
  return new Map(results.map((r) => [r.id as number, r.score]));
}

function ourScores(words: WordQuery[], allowed: Uint8Array): Map<number, number> {
  const found = searchWords(terms, words, boosts, allowed);
  return new Map(found.touched.map((d) => [d, found.score[d]!]));
}

const word = (term: string, fuzzy: number | false = false, prefix = false, groups = 1): WordQuery => ({ term, fuzzy, prefix, groups });
const all = new Uint8Array(docs.length).fill(1);

describe('term index', () => {
  it.each([
    ['one exact word', [word('parenting')]],
    ['a prefix', [word('par', false, true)]],
    ['a typo', [word('conseling', 2)]],
    ['typo and prefix on one word', [word('nurs', 1, true)]],
    ['several words, some matching nothing', [word('youth'), word('club'), word('zebra'), word('supp', 1, true)]],
    ['a word that is only a stop word in the index', [word('for')]],
  ])('scores %s exactly as MiniSearch does, to the last bit', (_name, words) => {
    expect(ourScores(words, all)).toEqual(miniSearchScores(words, all));
  });

  it('skips the documents the filters leave out, without changing the others’ scores', () => {
    const allowed = Uint8Array.from(docs, (_, i) => (i % 2 === 0 ? 1 : 0));
    const words = [word('parents', 1, false), word('play', false, true)];
    const ours = ourScores(words, allowed);
    expect(ours).toEqual(miniSearchScores(words, allowed));
    expect([...ours.keys()].every((d) => d % 2 === 0)).toBe(true);
  });

  it('reports which word groups matched each document', () => {
    const found = searchWords(terms, [word('youth', false, false, 0b01), word('parenting', false, false, 0b10)], boosts, all);
    expect(found.groups[4]).toBe(0b01);
    expect(found.groups[0]).toBe(0b10);
    expect(found.groups[2]).toBe(0);
  });
});
