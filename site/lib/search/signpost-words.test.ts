import { describe, expect, it } from 'vitest';
import { oneEditApart, undouble, type Word, wordMatch } from './signpost-words.ts';

describe('oneEditApart', () => {
  it('is an edit distance of at most one: a letter changed, added or dropped anywhere', () => {
    expect(oneEditApart('suicidal', 'suicidal')).toBe(true);
    expect(oneEditApart('sucidal', 'suicidal')).toBe(true);
    expect(oneEditApart('suicidall', 'suicidal')).toBe(true);
    expect(oneEditApart('suicudal', 'suicidal')).toBe(true);
    expect(oneEditApart('xuicidal', 'suicidal')).toBe(true);
  });
  it('is false for two slips, a swap (two changes) or lengths two apart', () => {
    expect(oneEditApart('sucidl', 'suicidal')).toBe(false);
    expect(oneEditApart('siucidal', 'suicidal')).toBe(false);
    expect(oneEditApart('suicidalxx', 'suicidal')).toBe(false);
    expect(oneEditApart('strangled', 'strangler')).toBe(true);
    expect(oneEditApart('strangled', 'strangers')).toBe(false);
  });
});

describe('wordMatch', () => {
  const word = (text: string, prefix = false): Word => ({ text, prefix, undoubled: undefined, id: 0 });
  const match = (token: string, w: Word, fuzzy = true) => wordMatch(token, undouble(token), w, fuzzy);

  it('reads the word, its -s form and an -es English adds as typed', () => {
    expect(match('threaten', word('threaten'))).toBe('typed');
    expect(match('threatens', word('threaten'))).toBe('typed');
    expect(match('punches', word('punch'))).toBe('typed');
    expect(match('stalking', word('stalk', true))).toBe('typed');
  });
  it('reads an -es English would not add only as a slip, so an except word cannot take it', () => {
    expect(match('hides', word('hid'))).toBe('slip');
    expect(match('mates', word('mat'))).toBe('slip');
    // A word ending in e takes only -s: "refugees" is not a refuge.
    expect(match('refugees', word('refuge'))).toBeUndefined();
  });
  it('reads a typing slip only when the token may be one', () => {
    expect(match('sucidal', word('suicidal'))).toBe('slip');
    expect(match('sucidal', word('suicidal'), false)).toBeUndefined();
    expect(match('daugther', word('daughter'))).toBe('slip');
    // -ed and -ing forms are listed, not read: "missed" is not "missing".
    expect(match('missed', word('missing'))).toBeUndefined();
  });
});
