import { describe, expect, it } from 'vitest';
import { buildSynonyms } from './synonyms.ts';

describe('synonyms', () => {
  it('builds synonyms from reviewed groups and from the needs vocabulary', () => {
    const syn = buildSynonyms([{ label: 'Special educational needs and disabilities (SEND)', phrases: ['co-parenting', 'autism'] }], {
      groups: [['DV', 'domestic abuse']],
      exact: [],
    });
    expect(syn).toEqual({
      'co parenting': ['co-parenting', 'coparenting'],
      'co-parenting': ['co parenting', 'coparenting'],
      coparenting: ['co parenting', 'co-parenting'],
      'domestic abuse': ['dv'],
      dv: ['domestic abuse'],
      send: ['special educational needs and disabilities'],
      'special educational needs and disabilities': ['send'],
    });
  });
});
