/**
 * Urgent-help signposts: which urgent topics (content/vocabularies/urgent-help.yaml, their words in urgent-triggers/) a search's words point to.
 * Deliberately separate from the query understanding that ranks results, and deliberately generous: it reads
 * the raw words a frightened person typed, ignores negation ("he doesn't hit me any more" still shows the
 * domestic abuse panel), tolerates word order (combinations need one word from each slot, anywhere), plural and
 * "he does" endings ("threatens" for "threaten") and small typing slips in long words. Pure and browser-safe: the search page runs it on every query, on both engines,
 * before and whatever the results.
 */
import { editDistance } from '../../../content/lib/suggest.ts';
import { TEXT_SPEAK } from './text-speak.ts';
import type { UrgentHelp, UrgentTopicId } from '../../../content/schema/urgent-help.ts';

/** The part of urgent-help.yaml the matcher needs: small enough to hand to the search page's island. */
export type SignpostTriggers = Pick<UrgentHelp, 'sets' | 'notTypos'> & {
  topics: { id: UrgentTopicId; triggers: UrgentHelp['topics'][number]['triggers'] }[];
};

interface Word {
  text: string;
  prefix: boolean;
  /** The text with doubled letters typed once ("hitting" -> "hiting"), for words long enough to allow it. */
  undoubled: string | undefined;
  /** One number per distinct word in the file, so a search works out each word against each token once. */
  id: number;
}
/** Words in order; `letters` has a bit for the first letter of each (every way a word matches keeps it). */
type Sequence = Word[] & { letters: number };

/** One bit per first letter (a digit shares one bit), so a search can skip words whose letters it lacks. */
function letterBit(word: string): number {
  const c = word.charCodeAt(0) - 97;
  return c >= 0 && c < 26 ? 1 << c : 1 << 26;
}
interface Combination {
  slots: Sequence[][];
  except: Sequence[];
}
interface CompiledTopic {
  id: UrgentTopicId;
  phrases: Sequence[];
  combinations: Combination[];
}
export interface Signposter {
  /** Topic ids in the file's order (its order of urgency); [] for an ordinary search. */
  match(text: string): UrgentTopicId[];
}

// Joined-up negations and "i am", so "do not", "don't" and "dont" are one word to the trigger lists.
const JOINS: [RegExp, string][] = [
  [/\bdo not\b/g, 'dont'],
  [/\bdoes not\b/g, 'doesnt'],
  [/\bdid not\b/g, 'didnt'],
  [/\b(can not|cannot)\b/g, 'cant'],
  [/\bcould not\b/g, 'couldnt'],
  [/\bwill not\b/g, 'wont'],
  [/\bwould not\b/g, 'wouldnt'],
  [/\bhas not\b/g, 'hasnt'],
  [/\bhave not\b/g, 'havent'],
  [/\bis not\b/g, 'isnt'],
  [/\bwas not\b/g, 'wasnt'],
  [/\bare not\b/g, 'arent'],
  [/\bi am\b/g, 'im'],
];

// Text-speak a young person types on a phone, written out so the trigger lists need only one spelling: the
// shared table (text-speak.ts), and the forms only the matcher reads (negations stay joined: "dnt" is "dont").
const SIGNPOST_SPEAK: Record<string, string> = {
  ...TEXT_SPEAK,
  bc: 'because',
  dnt: 'dont',
  wnt: 'want',
  havnt: 'havent',
  sum: 'some',
  wudnt: 'wouldnt',
  cudnt: 'couldnt',
  dis: 'this',
  dat: 'that',
  agen: 'again',
  agin: 'again',
  '4eva': 'forever',
  neva: 'never',
  msging: 'messaging',
  msgd: 'messaged',
  sed: 'said',
  gna: 'gonna',
  mi: 'my',
  wuz: 'was',
  dunno: 'dont know',
  // The -g dropped, as typed and as said ("thinkin bout endin it", "self harmin"): the lists need one spelling.
  dyin: 'dying',
  endin: 'ending',
  thinkin: 'thinking',
  harmin: 'harming',
  cuttin: 'cutting',
  killin: 'killing',
  hurtin: 'hurting',
  cryin: 'crying',
  feelin: 'feeling',
  goin: 'going',
  doin: 'doing',
  sayin: 'saying',
  gettin: 'getting',
  bein: 'being',
  takin: 'taking',
  leavin: 'leaving',
  livin: 'living',
  burnin: 'burning',
  scratchin: 'scratching',
  hidin: 'hiding',
  textin: 'texting',
  touchin: 'touching',
  askin: 'asking',
  sendin: 'sending',
  makin: 'making',
  followin: 'following',
  hittin: 'hitting',
  beatin: 'beating',
  kickin: 'kicking',
  punchin: 'punching',
  threatenin: 'threatening',
  chattin: 'chatting',
  talkin: 'talking',
  sleepin: 'sleeping',
  stayin: 'staying',
  comin: 'coming',
  watchin: 'watching',
  marryin: 'marrying',
  plannin: 'planning',
  changin: 'changing',
  givin: 'giving',
  tellin: 'telling',
  postin: 'posting',
  sharin: 'sharing',
  forcin: 'forcing',
  blackmailin: 'blackmailing',
  messagin: 'messaging',
  dmin: 'dming',
  // Spelt as said, or shortened ("my uncle dus stuff", "go bak home", "his m8s").
  dus: 'does',
  bak: 'back',
  hlp: 'help',
  cuzin: 'cousin',
  cuzzin: 'cousin',
  m8: 'mate',
  m8s: 'mates',
  nxt: 'next',
  b4: 'before',
  skool: 'school',
  evry1: 'everyone',
  // Pictures as typed ("he got my pix", "sharing my nudez").
  pix: 'pics',
  nudez: 'nudes',
};

/**
 * Lower case, no accents, apostrophes dropped ("didn't" → "didnt"), other punctuation a space, negations joined,
 * ages written short split from their number ("13yo", "14yrs" → "13 yo", "14 yrs"), so a list word like "yo"
 * finds them, and text-speak written out ("u" → "you", "sum1" → "someone", "want 2 die" → "want to die").
 */
export function normaliseForSignposts(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(\d+)(yo|yr|yrs|y)\b/g, '$1 $2')
    .split(' ')
    .map((w) => SIGNPOST_SPEAK[w] ?? w)
    .join(' ')
    // "want 2 die": a 2 after these words is "to", never an age.
    .replace(/\b(want|wants|wanna|going|need|needs|have|has|got|how|ways|try|trying|used|scared|afraid)( 2)\b/g, '$1 to')
    // "go bak home 2 get married", "wat he did 2 me": a 2 before these words is "to", never a number of.
    .replace(
      /\b2 (me|him|her|them|us|you|anyone|someone|everyone|everybody|tell|go|get|be|do|meet|marry|say|see|stop|leave|talk|send|keep|make|come|take|live|sleep|stay|help|show|touch|b)\b/g,
      'to $1',
    )
    // "took 2 many", "2 much": too, never a number of.
    .replace(/\b2 (many|much)\b/g, 'too $1')
    // "wanna b dead", "gonna b gone": a b after these words is "be" ("plan b" and "b and b" keep theirs).
    .replace(/\b(wanna|gonna|gna|to|will|cant|wont|dont|would|could|should|must|might|ill|never)( b)\b/g, '$1 be');
  for (const [from, to] of JOINS) s = s.replace(from, to);
  return s;
}

/** Long words also match one typing slip (same first letter): "sucidal", "strangeled". Short ones must be exact. */
const TYPO_MIN_LENGTH = 7;
/** Words this long also match with two neighbouring letters swapped ("daugther", "parnets"). */
const SWAP_MIN_LENGTH = 6;
/**
 * Words this long also match with a doubled consonant typed once or a single one typed twice ("slaped", "mising",
 * "cuting"). Not shorter words: "off" would become "of", "kill" "kil" (also a word's start: kiln, kilo).
 */
const UNDOUBLE_MIN_LENGTH = 5;

// Consonants only: a doubled vowel typed once is usually another word ("noose" and "nose", "loose" and "lose").
const undouble = (s: string) => s.replace(/([b-df-hj-np-tv-z])\1+/g, '$1');

/** Two neighbouring letters swapped, after the first ("daugther" for "daughter"): editDistance counts it as two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 1 && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * `fuzzy`: whether the token may be a typing slip. A real word that is one slip from a trigger word ("setting" and
 * "sexting", "messing" and "missing") is listed in word-sets.yaml's `not_typos` and matches only as written.
 */
function wordMatches(token: string, tokenUndoubled: string, word: Word, fuzzy: boolean): boolean {
  if (word.prefix) {
    if (token.startsWith(word.text)) return true;
    if (!fuzzy) return false;
    if (word.undoubled !== undefined && tokenUndoubled.startsWith(word.undoubled)) return true;
    if (word.text.length >= SWAP_MIN_LENGTH && swapped(token.slice(0, word.text.length), word.text)) return true;
    if (word.text.length < TYPO_MIN_LENGTH || token[0] !== word.text[0] || token.length < word.text.length - 1) return false;
    // A slip inside the stem: compare the token's start, one letter either way, with the stem.
    return [-1, 0, 1].some((d) => editDistance(token.slice(0, word.text.length + d), word.text) <= 1);
  }
  if (token === word.text) return true;
  // A plural or "he does" form of a listed word: "threatens", "kids", "houses", "watches". Only -s and -es: -ed and
  // -ing change too much ("missing" is not "missed", "parenting" is not a parent), so those forms are listed. A
  // word ending in e takes only -s ("refuges"): with -es it becomes another word ("refugees" is not a refuge).
  const es = !word.text.endsWith('e');
  if (word.text.length >= 3 && (token === `${word.text}s` || (es && token === `${word.text}es`))) return true;
  if (!fuzzy) return false;
  if (word.undoubled !== undefined) {
    const u = tokenUndoubled;
    if (u === word.undoubled || u === `${word.undoubled}s` || (es && u === `${word.undoubled}es`)) return true;
  }
  if (word.text.length >= SWAP_MIN_LENGTH && swapped(token, word.text)) return true;
  return (
    word.text.length >= TYPO_MIN_LENGTH &&
    token[0] === word.text[0] &&
    Math.abs(token.length - word.text.length) <= 1 &&
    editDistance(token, word.text) <= 1
  );
}

/** Does the sequence occur in the tokens? `known` remembers each (token, word) answer: 0 unknown, 1 no, 2 yes. */
function occurs(tokens: string[], undoubled: string[], fuzzy: boolean[], seq: Sequence, known: Uint8Array, words: number): boolean {
  outer: for (let i = 0; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) {
      const word = seq[j]!;
      const at = (i + j) * words + word.id;
      if (known[at] === 0) known[at] = wordMatches(tokens[i + j]!, undoubled[i + j]!, word, fuzzy[i + j]!) ? 2 : 1;
      if (known[at] === 1) continue outer;
    }
    return true;
  }
  return false;
}

export function compileSignposts(triggers: SignpostTriggers): Signposter {
  // The same word appears in many lists ("me", "my", "hit*"): each gets one id, so it is matched once a search.
  const ids = new Map<string, Word>();
  const notTypos = new Set(triggers.notTypos);
  const compileSequence = (pattern: string): Sequence => {
    const seq = pattern.split(' ').map((w) => {
      let word = ids.get(w);
      if (!word) {
        const text = w.endsWith('*') ? w.slice(0, -1) : w;
        const undoubled = text.length >= UNDOUBLE_MIN_LENGTH ? undouble(text) : undefined;
        word = { text, prefix: w.endsWith('*'), undoubled, id: ids.size };
        ids.set(w, word);
      }
      return word;
    });
    return Object.assign(seq, { letters: seq.reduce((bits, w) => bits | letterBit(w.text), 0) });
  };
  const sets = new Map(Object.entries(triggers.sets).map(([name, words]) => [name, words.map(compileSequence)]));
  const slot = (s: string | string[]): Sequence[] => {
    if (typeof s !== 'string') return s.map(compileSequence);
    const set = sets.get(s.slice(1));
    // The schema checks every $name; this guards a caller that skipped it.
    if (!set) throw new Error(`urgent-triggers: no word set called ${s}`);
    return set;
  };
  const topics: CompiledTopic[] = triggers.topics.map((t) => ({
    id: t.id,
    phrases: t.triggers.phrases.map(compileSequence),
    combinations: t.triggers.combinations.map((c) => ({ slots: c.all.map(slot), except: c.except.map(compileSequence) })),
  }));
  return {
    match(text) {
      const tokens = normaliseForSignposts(text).split(' ').filter(Boolean);
      if (tokens.length === 0) return [];
      const known = new Uint8Array(tokens.length * ids.size);
      const letters = tokens.reduce((bits, t) => bits | letterBit(t), 0);
      const undoubled = tokens.map(undouble);
      const fuzzy = tokens.map((t) => !notTypos.has(t));
      // A named set ($partner) is one array shared by many combinations: look it up once a search.
      const foundSets = new Map<Sequence[], boolean>();
      const found = (seqs: Sequence[]) => {
        let f = foundSets.get(seqs);
        if (f === undefined)
          foundSets.set(seqs, (f = seqs.some((seq) => (seq.letters & ~letters) === 0 && occurs(tokens, undoubled, fuzzy, seq, known, ids.size))));
        return f;
      };
      return topics.filter((t) => found(t.phrases) || t.combinations.some((c) => c.slots.every(found) && !found(c.except))).map((t) => t.id);
    },
  };
}

/** The matcher's share of the file, for the search page's island (no helpline text, which the page renders). */
export function signpostTriggers(file: UrgentHelp): SignpostTriggers {
  return { sets: file.sets, notTypos: file.notTypos, topics: file.topics.map((t) => ({ id: t.id, triggers: t.triggers })) };
}
