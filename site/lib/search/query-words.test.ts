import { describe, expect, it } from 'vitest';
import { queryWordGroups, queryWords } from './query-words.ts';

describe('query words', () => {
  it('expands query words with synonyms, single words and phrases, and drops stop words', () => {
    const syn = { dv: ['domestic abuse'], 'child minder': ['childminder'] };
    const stop = new Set(['for', 'a']);
    // "help" and "DV" are not neighbours (a stop word between), so they are not joined up.
    expect(queryWordGroups('help for DV', syn, stop)).toEqual([['help'], ['dv', 'domestic abuse']]);
    expect(queryWordGroups('a child minder', syn, stop)).toEqual([
      ['child', 'childminder'],
      ['minder', 'childminder'],
    ]);
    expect(queryWordGroups('for', syn, stop)).toEqual([['for']]);
  });

  it('keeps what stands for several typed words apart, as spans over their groups', () => {
    const syn = { 'special needs': ['send', 'special educational needs'], camhs: ['mental health'] };
    expect(queryWords('special needs camhs', syn, new Set())).toEqual({
      groups: [['special'], ['needs'], ['camhs', 'mental health']],
      spans: [
        { from: 0, to: 1, alternatives: ['send', 'special educational needs', 'specialneeds'] },
        { from: 1, to: 2, alternatives: ['needscamhs'] },
      ],
    });
    // Two numbers are never joined; a joined-up word brings its own synonyms.
    expect(queryWords('1 1 support', {}, new Set()).spans).toEqual([{ from: 1, to: 2, alternatives: ['1support'] }]);
    expect(queryWords('child minder', { childminder: ['childminding'] }, new Set()).spans).toEqual([
      { from: 0, to: 1, alternatives: ['childminder', 'childminding'] },
    ]);
    // A phrase's stop words are not typed words: the span covers the words around them.
    expect(queryWords('stay and play', { 'stay and play': ['playgroup'] }, new Set(['and'])).spans[0]).toEqual({
      from: 0,
      to: 1,
      alternatives: ['playgroup'],
    });
  });

  it('joins neighbouring words, as Meilisearch does ("cyber bullying" finds "cyberbullying")', () => {
    expect(queryWordGroups('cyber bullying', {}, new Set())).toEqual([
      ['cyber', 'cyberbullying'],
      ['bullying', 'cyberbullying'],
    ]);
  });
});
