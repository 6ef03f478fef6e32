import { describe, expect, it } from 'vitest';
import { needsToOffer, type NeedChoice } from './dead-end.ts';

const needs: NeedChoice[] = [
  { id: 'housing', label: 'Housing and homelessness', hint: '', phrases: ['eviction', 'rent arrears'] },
  { id: 'domestic-abuse', label: 'Domestic abuse', hint: '', phrases: ['controlling partner'] },
  { id: 'send', label: 'SEND', hint: '', phrases: ['autism'] },
];

describe('needsToOffer', () => {
  it('offers the needs most results help with, most first', () => {
    expect(needsToOffer(needs, 'anything', { send: 3, housing: 7, 'domestic-abuse': 0 })).toEqual([
      { id: 'housing', label: 'Housing and homelessness', count: 7 },
      { id: 'send', label: 'SEND', count: 3 },
    ]);
  });

  it('with no results, offers needs sharing a word with the search, and those of an urgent topic shown', () => {
    expect(needsToOffer(needs, 'facing eviction', {}).map((n) => n.id)).toEqual(['housing']);
    expect(needsToOffer(needs, 'my husband hits me', undefined, ['domestic-abuse']).map((n) => n.id)).toEqual(['domestic-abuse']);
    expect(needsToOffer(needs, 'the and for', {})).toEqual([]);
  });
});
