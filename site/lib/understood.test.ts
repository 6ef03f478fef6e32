import { describe, expect, it } from 'vitest';
import { describeFallback, describeUnderstanding, understoodSentence } from './understood.ts';

const label = (id: string) => ({ 'school-learning': 'School and learning', housing: 'Housing' })[id] ?? id;

describe('describeUnderstanding', () => {
  it('lists each part with the undo key that turns it off, in the order the page shows them', () => {
    const parts = describeUnderstanding(
      {
        text: 'anxious',
        age: { min: 13, max: 13, phrase: '13 year old' },
        needs: [{ needId: 'school-learning', score: 2, phrase: 'wont go to school' }],
      },
      label,
    );
    expect(parts).toEqual([
      { key: 'age', text: 'age 13', from: '13 year old' },
      { key: 'need:school-learning', text: 'School and learning', from: 'wont go to school' },
    ]);
    expect(understoodSentence(parts)).toBe('Showing services for: age 13, School and learning');
  });
  it('says when a need was guessed from the words rather than read from a phrase', () => {
    const parts = describeUnderstanding(
      { text: 'landlord selling', needs: [{ needId: 'housing', score: 0.8, phrase: 'landlord', guessed: true }] },
      label,
    );
    expect(understoodSentence(parts)).toBe('Showing services for: Housing (our best guess)');
    expect(parts[0]!.key).toBe('need:housing');
  });
  it('says nothing when nothing was understood', () => {
    expect(understoodSentence(describeUnderstanding({ text: 'drama club', needs: [] }, label))).toBe('');
  });
});

describe('describeFallback', () => {
  it('says what the fallback did, in plain words', () => {
    expect(describeFallback([{ kind: 'needs-only', needs: ['housing'] }], label)).toEqual([
      'No Housing service matched all of your words, so these are every Housing service.',
    ]);
    expect(describeFallback([{ kind: 'filters-only' }], label)).toEqual([
      'Nothing matched your words, so these are all the services for the age, day, cost or place in them.',
    ]);
  });
});
