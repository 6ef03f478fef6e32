import { describe, expect, it } from 'vitest';
import { comparableName, findHiddenCharacter } from './hidden-characters.ts';

describe('findHiddenCharacter', () => {
  it('names the character and where it is', () => {
    expect(findHiddenCharacter('Stay and \u202eyalP')).toEqual({ index: 9, codePoint: 0x202e, label: 'U+202E, right-to-left override' });
    expect(findHiddenCharacter('a\u001b[31m')?.label).toBe('U+001B, escape');
    expect(findHiddenCharacter('a\u0085b')?.label).toBe('U+0085, next line');
    expect(findHiddenCharacter('a\u2028b')?.label).toBe('U+2028, line separator');
    expect(findHiddenCharacter('a\u{E0001}b')?.label).toBe('U+E0001, invisible character');
  });

  it('allows line breaks and tabs only where asked', () => {
    expect(findHiddenCharacter('a\nb')).toBeDefined();
    expect(findHiddenCharacter('a\nb\tc', { allowLineBreaks: true, allowTabs: true })).toBeUndefined();
  });

  it('keeps joiners that scripts and emoji need, and refuses them between Latin letters', () => {
    expect(findHiddenCharacter('می\u200cخواهم')).toBeUndefined(); // Persian: the non-joiner is spelling
    expect(findHiddenCharacter('👨\u200d👩\u200d👧')).toBeUndefined();
    expect(findHiddenCharacter('🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} England')).toBeUndefined();
    expect(findHiddenCharacter('Sta\u200dy')?.label).toBe('U+200D, zero-width joiner');
    expect(findHiddenCharacter('\u200dمی')).toBeDefined();
  });

  it('passes ordinary text in any language', () => {
    for (const s of ['Grŵp Chwarae', 'Spotkania dla rodziców', 'والدین کا گروپ', 'Mums & Dads: "no questions"', '£3 a session – 10:00 to 11:30']) {
      expect(findHiddenCharacter(s), s).toBeUndefined();
    }
  });
});

describe('comparableName', () => {
  it('folds case, spacing, full-width letters and hidden characters', () => {
    expect(comparableName('ＮＥＡＲ copy\u3000 GROUP')).toBe(comparableName('Near copy group'));
    expect(comparableName('Stay\u200b and  Play')).toBe('stay and play');
  });
  it('keeps different names different', () => {
    expect(comparableName('Stay and Play')).not.toBe(comparableName('Stay and Play 2'));
  });
});
