import { describe, expect, it } from 'vitest';
import { buildUnderstandingPack, loadUnderstanding } from './pack.ts';
import { understandQuery } from './understand.ts';

describe('buildUnderstandingPack: places', () => {
  const pack = buildUnderstandingPack({
    needPhrases: { 'money-benefits': ['food bank'] },
    localities: [
      {
        id: 'east',
        name: 'East',
        description: 'Thorne, Moorends and Hatfield',
        wards: [{ name: 'Thorne & Moorends' }],
        places: ['Dunscroft', 'Hatfield Woodhouse'],
      },
      { id: 'central', name: 'Central', description: 'Doncaster town centre', wards: [{ name: 'Town' }] },
    ],
    hubs: [{ name: 'Moorends Family Hub', locality: 'east' }],
    areaName: 'Doncaster',
    areaNicknames: ['Donny'],
    texts: [],
    needIds: ['money-benefits', 'housing'],
    examples: [
      { text: 'Citizens Advice: benefits, debt and money advice', needs: ['money-benefits'] },
      { text: 'skint till payday', needs: ['money-benefits'] },
      { text: 'Housing options: advice if you are homeless or about to lose your home', needs: ['housing'] },
      { text: 'landlord wants us out', needs: ['housing'] },
    ],
  });

  it('reads wards, the description, hubs and the listed villages as their locality', () => {
    expect(pack.places.map((p) => `${p.label}:${p.locality}`)).toEqual([
      'Dunscroft:east',
      'Hatfield:east',
      'Hatfield Woodhouse:east',
      'Moorends:east',
      'Thorne:east',
    ]);
  });

  it("drops the area's name and its nicknames, which narrow nothing", () => {
    const ctx = loadUnderstanding(pack);
    expect(understandQuery('food bank in donny', ctx)).toMatchObject({ text: 'food bank' });
    expect(understandQuery('food bank doncaster', ctx)).toMatchObject({ text: 'food bank' });
    expect(understandQuery('food bank in donny', ctx).place).toBeUndefined();
  });
  it('reads a listed village out of a search, the longest name first', () => {
    const ctx = loadUnderstanding(pack);
    expect(understandQuery('food bank in dunscroft', ctx)).toMatchObject({ place: { locality: 'east', label: 'Dunscroft' }, text: 'food bank' });
    expect(understandQuery('toddler group hatfield woodhouse', ctx).place).toMatchObject({ label: 'Hatfield Woodhouse' });
  });
});

describe('buildUnderstandingPack: the need guess', () => {
  const pack = buildUnderstandingPack({
    needPhrases: { 'money-benefits': ['food bank', 'no money'], housing: ['eviction notice'] },
    localities: [],
    hubs: [],
    areaName: 'Doncaster',
    texts: [],
    needIds: ['money-benefits', 'housing'],
    examples: [
      { text: 'Citizens Advice: benefits, debt and money advice', needs: ['money-benefits'] },
      { text: 'skint till payday, no money for gas', needs: ['money-benefits'] },
      { text: 'Housing options: advice if you are homeless or about to lose your home', needs: ['housing'] },
      { text: 'landlord wants us out of our home', needs: ['housing'] },
    ],
  });
  const ctx = loadUnderstanding(pack);

  it('learns from the phrases and the examples, and guesses a need only when no phrase matches', () => {
    expect(understandQuery('landlord is selling our home', ctx).needs).toEqual([
      expect.objectContaining({ needId: 'housing', guessed: true, phrase: 'home' }),
    ]);
    // A phrase matched: what it says wins, and nothing is guessed.
    expect(understandQuery('food bank', ctx).needs).toEqual([expect.objectContaining({ needId: 'money-benefits' })]);
    expect(understandQuery('food bank', ctx).needs[0]?.guessed).toBeUndefined();
  });
  it('guesses nothing from words it never saw, and nothing once the guess is undone', () => {
    expect(understandQuery('killer sudoku', ctx).needs).toEqual([]);
    expect(understandQuery('landlord is selling our home', ctx, ['need:housing']).needs).toEqual([]);
  });
  it('travels as JSON: the site loads the same guess', () => {
    const again = loadUnderstanding(JSON.stringify(pack));
    expect(understandQuery('landlord is selling our home', again).needs[0]?.needId).toBe('housing');
  });
});
