import { describe, expect, it } from 'vitest';
import { tokenise, typoBudget } from './words.ts';

describe('words', () => {
  it('splits text into lower-case words at apostrophes too, as Meilisearch does ("won\'t" and "wont" meet through synonyms)', () => {
    expect(tokenise('Won’t go to School! Café, DN4 0TY')).toEqual(['won', 't', 'go', 'to', 'school', 'cafe', 'dn4', '0ty']);
    expect(tokenise("children's centre")).toEqual(['children', 's', 'centre']);
    expect(tokenise("can't")).toEqual(['can', 't']);
  });

  it('allows typos as Meilisearch does: 0 under 5 letters, 1 from 5, 2 from 9, none for acronyms', () => {
    const exact = new Set(['camhs']);
    expect([
      typoBudget('baby', exact),
      typoBudget('nappy', exact),
      typoBudget('childcare', exact),
      typoBudget('camhs', exact),
      typoBudget('dn12', exact),
    ]).toEqual([0, 1, 2, 0, 0]);
  });
});
