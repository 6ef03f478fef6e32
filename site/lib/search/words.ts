/**
 * Words, as both engines treat them: tokens, stop words and typo budgets. Meilisearch gets the same stop words
 * in its settings; the embedded engine applies them here. Synonyms are in synonyms.ts, and how the embedded
 * engine reads a query's words with them in query-words.ts.
 */

/**
 * Words too common to help, for both engines: the glue of a question ("where can I get help near me").
 * "under" and "over" are kept on purpose: "under 5s" and "over 16" carry meaning in this directory. So are
 * "not", "no", "won't" and "can't" ("won't go to school", "can't afford"), and "needs" ("special needs").
 */
export const STOP_WORDS = [
  'a',
  'am',
  'an',
  'and',
  'any',
  'are',
  'at',
  'be',
  'can',
  'do',
  'does',
  'find',
  'for',
  'get',
  'has',
  'have',
  'help',
  'how',
  'i',
  'in',
  'is',
  'it',
  'looking',
  'me',
  'my',
  'near',
  'of',
  'on',
  'or',
  'our',
  'some',
  'the',
  'there',
  'to',
  'want',
  'we',
  'what',
  'where',
  'who',
  'with',
  'you',
  'your',
] as const;

/**
 * What splits words, as Meilisearch's tokenizer has it (measured on 1.50): everything but letters and digits,
 * apostrophes included, except a few symbols it keeps inside a word ("£30" is one word, so "30" does not
 * find it on either engine).
 */
const WORD_CHARS = 'a-z0-9ß$<=>^|~£€¥©®°';
/** Letters that lose no accent mark to NFKD but that Meilisearch folds all the same ("Szkoła" is "szkola"). */
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe' };
export const WORD_SEPARATOR = new RegExp(`[^${WORD_CHARS}]+`);
/** One word (global: for matchAll). */
export const WORD = new RegExp(`[${WORD_CHARS}]+`, 'g');

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case and accents off, as both engines compare words. */
export function foldCase(text: string): string {
  // Plain ASCII has no accents or special letters to fold: skip the costly normalisation (most listing text).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđæœ]/g, (c) => FOLDED[c]!);
}

/** Splits a text into words and the separators between them, keeping the separators. */
const WORDS_AND_SEPARATORS = new RegExp(`(${WORD_SEPARATOR.source})`);
/** Separators after which the next word counts 8 on, as Meilisearch's tokenizer has them. ("|" is a word.) */
const HARD = /[.,;!?\u2026\u3002\uff01\uff1f\uff1b]/;

/**
 * Each word of a text with its number in the field, as Meilisearch numbers them: stop words take a place, a
 * hard separator puts the next word 8 on, and each item of a list starts as after one (exact-attribute.ts).
 */
export function positionedWords(text: string | readonly string[]): { word: string; at: number }[] {
  const items = typeof text === 'string' ? [text] : text;
  const out: { word: string; at: number }[] = [];
  let at = -1;
  let hard = false;
  for (const item of items) {
    // A new list item starts as if after a hard separator.
    hard = out.length > 0;
    // Words and the separators between them, in turn (the split keeps the separators).
    foldCase(item)
      .split(WORDS_AND_SEPARATORS)
      .forEach((piece, k) => {
        if (k % 2 === 1) {
          if (HARD.test(piece)) hard = true;
        } else if (piece !== '') {
          at = at < 0 ? 0 : at + (hard ? 8 : 1);
          hard = false;
          out.push({ word: piece, at });
        }
      });
  }
  return out;
}

/**
 * The words of a text, each with whether it was written all in lower case. Meilisearch (1.50, measured) drops
 * a stop word from a listing only as written in lower case: "Want to learn to cook?" keeps "want", so a search
 * for "wants" (one typo) finds it; "I want to" does not. The embedded index keeps the same words.
 */
export function tokeniseWithCase(text: string): { word: string; lower: boolean }[] {
  const out: { word: string; lower: boolean }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}$<=>^|~£€¥©®°]+/gu)) {
    const lower = m[0] === m[0].toLowerCase();
    for (const word of tokenise(m[0])) out.push({ word, lower });
  }
  return out;
}

/**
 * Lower case, accents off, split into words at WORD_SEPARATOR: "children's" is "children" and "s", as
 * Meilisearch splits it, so both engines find the same services
 * (docs/decisions/0012-same-ranking-rules-on-both-engines.md). "won't" and "wont" meet through synonyms.
 */
export function tokenise(text: string): string[] {
  return foldCase(text)
    .split(WORD_SEPARATOR)
    .filter((t) => t !== '');
}

/**
 * Typos allowed in a word, as Meilisearch counts them: none under 5 letters, 1 from 5 to 8, 2 from 9.
 * Acronyms and postcodes (`exact`) never get typos: "SEN" must not match "SEND"'s neighbours, nor "DN4" "DN5".
 */
export function typoBudget(word: string, exact: ReadonlySet<string>): number {
  if (exact.has(word) || /\d/.test(word)) return 0;
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}
