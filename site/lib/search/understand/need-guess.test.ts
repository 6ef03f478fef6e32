import { describe, expect, it } from 'vitest';
import { buildNeedGuess, guessStems, needGuesser } from './need-guess.ts';

const NEEDS = ['money-benefits', 'housing', 'youth'];
const model = buildNeedGuess(
  [
    { text: 'skint till payday', needs: ['money-benefits'] },
    { text: 'cant pay the gas bill', needs: ['money-benefits'] },
    { text: 'behind on the gas and electric', needs: ['money-benefits'] },
    { text: 'landlord wants us out', needs: ['housing'] },
    { text: 'landlord wont fix the damp', needs: ['housing'] },
    { text: 'youth club on a friday night', needs: ['youth'] },
    { text: 'somewhere for teenagers to go on a friday', needs: ['youth', 'housing'] },
    { text: 'a need the vocabulary lacks', needs: ['not-a-need'] },
  ],
  NEEDS,
);

describe('buildNeedGuess', () => {
  it('counts each stem per need, and leaves out stems seen only once and examples of unknown needs', () => {
    expect(model.examples).toEqual([3, 3, 2]);
    // "landlord" twice for housing; "gas" twice for money; "friday" once for youth and once for housing too.
    expect(model.stems['landlord']).toEqual([1, 2]);
    expect(model.stems['ga']).toEqual([0, 2]);
    expect(model.stems['fridai']).toEqual([1, 1, 2, 2]);
    expect(model.stems['skint']).toBeUndefined();
    expect(model.stems['vocabulari']).toBeUndefined();
  });
  it('reads words as search does (contractions, word endings) and drops the words every need uses', () => {
    expect(guessStems("I'm looking for help with my landlord's damp")).toEqual(['look', 'landlord', 'damp']);
  });
});

describe('needGuesser', () => {
  const guesser = needGuesser(model);
  it('guesses the need the known words point to, with the words it read', () => {
    expect(guesser.guess('our landlord is a nightmare')).toMatchObject({ needId: 'housing', phrase: 'landlord' });
    expect(guesser.guess('gas meter ran out')?.needId).toBe('money-benefits');
  });
  it('guesses nothing from words it never counted', () => {
    expect(guesser.guess('killer sudoku')).toBeUndefined();
    expect(guesser.guess('')).toBeUndefined();
  });
  it('guesses nothing when no need is more likely than all the others together', () => {
    // "friday" is counted for youth and for housing alike.
    expect(guesser.guess('friday')).toBeUndefined();
  });
  it('gives a probability between a half and one', () => {
    const p = guesser.guess('landlord')!.probability;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThanOrEqual(1);
  });
});
