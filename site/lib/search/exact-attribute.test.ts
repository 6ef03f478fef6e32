import { describe, expect, it } from 'vitest';
import { CASE_STOP_WORDS, EXACTNESS_CASES } from './exactness-cases.ts';
import { exactCheck, exactStarts, exactTier, leadingText, queryPositions, type ExactStarts } from './exact-attribute.ts';
import { positionedWords } from './words.ts';

/** Both halves of the rule for one service: its words, each with the fields (bits) that have it as typed. */
const exactAttributeTier = (starts: ExactStarts, terms: readonly { word: string; at: number; known: boolean; fields: number }[]) =>
  exactTier(
    () => starts,
    exactCheck(terms),
    terms.map((t) => t.fields),
  );
import { tokenise } from './words.ts';

const stop = new Set(CASE_STOP_WORDS);
const TIER = ['no', 'starts', 'is'];

/** One field, one query, as the embedded engine sees them: the field holds a typed word when its text has it. */
function tier(q: string, field: string | string[]): string {
  const words = new Set(tokenise(typeof field === 'string' ? field : field.join(' ')));
  const terms = queryPositions(q, stop).map((t) => ({ ...t, known: words.has(t.word), fields: words.has(t.word) ? 1 : 0 }));
  return TIER[exactAttributeTier(exactStarts([field], stop), terms)]!;
}

describe('exactness as Meilisearch ranks it', () => {
  it.each(EXACTNESS_CASES)('$q in $field: $tier ($why)', ({ q, field, tier: expected }) => {
    expect(tier(q, field)).toBe(expected);
  });

  it('numbers words as Meilisearch does: stop words take a place, a hard separator skips 8', () => {
    expect(positionedWords('Dads, and grandads too').map((w) => `${w.word}@${w.at}`)).toEqual(['dads@0', 'and@8', 'grandads@9', 'too@10']);
    expect(positionedWords(['Toddler group', 'Baby group']).map((w) => w.at)).toEqual([0, 1, 9, 10]);
  });

  it('checks the words apart from the field that has them all, as Meilisearch does', () => {
    // "behaviour" starts one field and "support" is second in another; a third field has both.
    const starts = exactStarts(['Behaviour and emotions', 'Family Support Workers', 'support when behaviour is hard'], stop);
    const terms = [
      { word: 'behaviour', at: 0, known: true, fields: 0b101 },
      { word: 'support', at: 1, known: true, fields: 0b110 },
    ];
    expect(exactAttributeTier(starts, terms)).toBe(1);
    expect(
      exactAttributeTier(
        starts,
        terms.map((t) => ({ ...t, fields: t.word === 'support' ? 0b010 : 0b001 })),
      ),
    ).toBe(0);
  });

  it('gives nothing when an unknown word leaves a hole before a known one', () => {
    const starts = exactStarts(['stay play'], stop);
    expect(
      exactAttributeTier(starts, [
        { word: 'styy', at: 0, known: false, fields: 0 },
        { word: 'play', at: 1, known: true, fields: 1 },
      ]),
    ).toBe(0);
  });

  it('never calls a cut field the whole query', () => {
    expect(
      exactAttributeTier(
        exactStarts(['stay play'], stop, new Set([0])),
        queryPositions('stay play', stop).map((t) => ({ ...t, known: true, fields: 1 })),
      ),
    ).toBe(1);
  });

  it('keeps as much of a long text as the rule can use', () => {
    const long = 'Come and play. Each session has messy play, books, songs and a healthy snack for you and your little one to share together';
    const { text, cut } = leadingText(long);
    expect(cut).toBe(true);
    expect(long.toLowerCase().startsWith(text)).toBe(true);
    expect(positionedWords(text).at(-1)!.at).toBeLessThan(16);
    expect(positionedWords(long)[positionedWords(text).length]!.at).toBeGreaterThanOrEqual(16);
    expect(leadingText('Short and sweet.')).toEqual({ text: 'Short and sweet.', cut: false });
  });
});
