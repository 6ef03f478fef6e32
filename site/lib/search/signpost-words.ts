/**
 * How the urgent-help matcher (signposts.ts) reads one typed word against one listed word: endings, typing slips,
 * doubled letters, swapped letters; and the table that finds, for a typed word, the few listed words worth
 * comparing with it.
 */

export interface Word {
  text: string;
  prefix: boolean;
  /** The text with doubled letters typed once ("hitting" -> "hiting"), for words long enough to allow it. */
  undoubled: string | undefined;
  /** One number per distinct word in the file. */
  id: number;
}

/** Long words also match one typing slip (same first letter): "sucidal", "strangeled". Short ones must be exact. */
const TYPO_MIN_LENGTH = 7;
/**
 * Words this long also match with two neighbouring letters swapped after the first ("daugther", "parnets", "scraed",
 * "huose"): the commonest slip of two thumbs. Not 4-letter words, where a swap is often another real word ("does"
 * and "dose", "from" and "form"). Measured on the safety tuning set with one such slip in each search: from 6 letters
 * to 5 took the searches still shown from 83% to 89%, with no new false alarm on its everyday searches.
 */
const SWAP_MIN_LENGTH = 5;
/**
 * Words this long also match with a doubled consonant typed once or a single one typed twice ("slaped", "mising",
 * "cuting"). Not shorter words: "off" would become "of", "kill" "kil" (also a word's start: kiln, kilo).
 */
export const UNDOUBLE_MIN_LENGTH = 5;

// Consonants only: a doubled vowel typed once is usually another word ("noose" and "nose", "loose" and "lose").
export const undouble = (s: string) => s.replace(/([b-df-hj-np-tv-z])\1+/g, '$1');

/**
 * Whether two words are at most one letter added, dropped or changed apart (an edit distance of 1 or 0), in one
 * pass: a search compares each of its words with hundreds of listed ones.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (i === b.length) return true;
  // The first difference: a letter changed (the rest the same) or, with a the longer, one added to a.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Two neighbouring letters swapped, after the first ("daugther" for "daughter"): editDistance counts it as two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 1 && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * How a token matches a listed word: `typed` when it is the word as written, or its -s or -es form; `slip` when only
 * as a typing slip of it, or with an -es English would not add there ("mates" from "mat", "hides" from "hid";
 * English adds -es after s, x, z, ch, sh and o: "kisses", "punches", "goes"). The trigger words read a slip, which
 * finds danger in a near form; an except word reads only `typed`, or it would hide danger told in another word ("mat"
 * would stop a search that says "mates").
 *
 * `fuzzy`: whether the token may be a typing slip. A real word that is one slip from a trigger word ("setting" and
 * "sexting", "messing" and "missing") is listed in word-sets.yaml's `not_typos` and matches only as written.
 */
export function wordMatch(token: string, tokenUndoubled: string, word: Word, fuzzy: boolean): 'typed' | 'slip' | undefined {
  if (word.prefix) {
    if (token.startsWith(word.text)) return 'typed';
    if (!fuzzy) return undefined;
    if (word.undoubled !== undefined && tokenUndoubled.startsWith(word.undoubled)) return 'slip';
    if (word.text.length >= SWAP_MIN_LENGTH && swapped(token.slice(0, word.text.length), word.text)) return 'slip';
    if (word.text.length < TYPO_MIN_LENGTH || token[0] !== word.text[0] || token.length < word.text.length - 1) return undefined;
    // A slip inside the stem: compare the token's start, one letter either way, with the stem.
    return [-1, 0, 1].some((d) => oneEditApart(token.slice(0, word.text.length + d), word.text)) ? 'slip' : undefined;
  }
  if (token === word.text) return 'typed';
  // A plural or "he does" form of a listed word: "threatens", "kids", "houses", "watches". Only -s and -es: -ed and
  // -ing change too much ("missing" is not "missed", "parenting" is not a parent), so those forms are listed. A
  // word ending in e takes only -s ("refuges"): with -es it becomes another word ("refugees" is not a refuge).
  const es = !word.text.endsWith('e');
  if (word.text.length >= 3) {
    if (token === `${word.text}s`) return 'typed';
    if (es && token === `${word.text}es`) return /(?:s|x|z|ch|sh|o)$/.test(word.text) ? 'typed' : 'slip';
  }
  if (!fuzzy) return undefined;
  if (word.undoubled !== undefined) {
    const u = tokenUndoubled;
    if (u === word.undoubled || u === `${word.undoubled}s` || (es && u === `${word.undoubled}es`)) return 'slip';
  }
  if (word.text.length >= SWAP_MIN_LENGTH && swapped(token, word.text)) return 'slip';
  const slip =
    word.text.length >= TYPO_MIN_LENGTH &&
    token[0] === word.text[0] &&
    Math.abs(token.length - word.text.length) <= 1 &&
    oneEditApart(token, word.text);
  return slip ? 'slip' : undefined;
}

/** Puts an item on a key's list. */
export function addTo<K, T>(map: Map<K, T[]>, key: K, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The listed words a token may match, found by looking up its forms rather than comparing it with every word:
 * a superset of the words it matches (wordMatch decides). Every way a word matches keeps its first letter (an
 * ending, a doubled letter, a swap after the first, a slip), so only words as long as a swap or a slip allows are
 * compared letter by letter, and only those with the token's first letter and a length near its own.
 */
export class WordTable {
  private exact = new Map<string, Word[]>();
  private undoubled = new Map<string, Word[]>();
  private long = new Map<string, Word[]>();
  private prefixes = new Map<string, Word[]>();
  private prefixesUndoubled = new Map<string, Word[]>();
  private longPrefixes = new Map<string, Word[]>();

  add(w: Word) {
    const letter = w.text.charAt(0);
    if (w.prefix) {
      addTo(this.prefixes, w.text, w);
      if (w.undoubled !== undefined) addTo(this.prefixesUndoubled, w.undoubled, w);
      if (w.text.length >= SWAP_MIN_LENGTH) addTo(this.longPrefixes, letter, w);
    } else {
      addTo(this.exact, w.text, w);
      if (w.undoubled !== undefined) addTo(this.undoubled, w.undoubled, w);
      if (w.text.length >= SWAP_MIN_LENGTH) addTo(this.long, `${letter}${w.text.length}`, w);
    }
  }

  candidates(token: string, tokenUndoubled: string, fuzzy: boolean): Set<Word> {
    const out = new Set<Word>();
    const take = (list: Word[] | undefined) => {
      if (list) for (const w of list) out.add(w);
    };
    // The word itself, or with -s or -es.
    take(this.exact.get(token));
    take(this.exact.get(token.slice(0, -1)));
    take(this.exact.get(token.slice(0, -2)));
    for (let k = 0; k <= token.length; k++) take(this.prefixes.get(token.slice(0, k)));
    if (!fuzzy) return out;
    const u = tokenUndoubled;
    take(this.undoubled.get(u));
    take(this.undoubled.get(u.slice(0, -1)));
    take(this.undoubled.get(u.slice(0, -2)));
    for (let k = 0; k <= u.length; k++) take(this.prefixesUndoubled.get(u.slice(0, k)));
    const letter = token.charAt(0);
    for (let d = -1; d <= 1; d++) take(this.long.get(`${letter}${token.length + d}`));
    take(this.longPrefixes.get(letter));
    return out;
  }
}
