import { describe, expect, it } from 'vitest';
import { settingsDifferences } from './check-live.ts';

describe('settingsDifferences', () => {
  const wanted = {
    rankingRules: ['words', 'typo'],
    stopWords: ['a', 'the'],
    synonyms: { tea: ['brew', 'cuppa'] },
    typoTolerance: { enabled: true, disableOnWords: ['adhd', 'asd'] },
    distinctAttribute: 'serviceId',
  };

  it('finds nothing when the server lists sets in another order and adds defaults of its own', () => {
    const live = {
      rankingRules: ['words', 'typo'],
      stopWords: ['the', 'a'],
      synonyms: { tea: ['cuppa', 'brew'] },
      typoTolerance: { enabled: true, disableOnWords: ['asd', 'adhd'], disableOnAttributes: [], minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      distinctAttribute: 'serviceId',
      proximityPrecision: 'byWord',
    };
    expect(settingsDifferences(wanted, live as never)).toEqual([]);
  });

  it('names each setting that differs, including a changed ranking order', () => {
    const live = {
      rankingRules: ['typo', 'words'],
      stopWords: ['a'],
      synonyms: { tea: ['brew', 'cuppa'] },
      typoTolerance: { enabled: false, disableOnWords: ['adhd', 'asd'] },
      distinctAttribute: null,
    };
    expect(settingsDifferences(wanted, live as never)).toEqual(['rankingRules', 'stopWords', 'typoTolerance.enabled', 'distinctAttribute']);
  });
});
