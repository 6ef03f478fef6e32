/**
 * Need intent: which needs a search is about, read from a lexicon of everyday phrases per need in families'
 * own words (content/vocabularies/need-phrases.yaml). Phrases and queries are compared as stems, in order,
 * allowing a couple of words between ("partner hits me" matches "my partner sometimes hits me").
 * Pure and browser-safe.
 */
import { typoDistance } from '../../../../content/lib/suggest.ts';
import { CLASS_WORDS, wordClass } from './word-classes.ts';
import { FILLER, stem, words } from './words.ts';

/** need id → phrases, as the YAML file has them. */
export type NeedPhrases = Record<string, readonly string[]>;

export interface CompiledPhrase {
  needId: string;
  phrase: string;
  stems: string[];
  /** How telling a match is: the phrase's words that are not filler. */
  weight: number;
  /** A short one-word phrase, matched only as written (or with a plural s): see SHORT. */
  word?: string;
  /** A phrase of small words only: it scores one when matched. */
  smallWords?: true;
  /** Its words as written, small ones too: on a tie, the phrase that says more speaks for the words. */
  length: number;
}

/**
 * One-word phrases this short are mostly acronyms and short codes ("send", "sen", "pip", "dla"), which their
 * word forms do not share: "sending pics" is not SEND. They match as written, or with a plural "s".
 */
const SHORT = 4;

export interface Lexicon {
  /** By first stem, so a query only tries phrases that can start at one of its words. */
  byFirst: Map<string, CompiledPhrase[]>;
  /** Every stem in a phrase, by first letter and length ("p5"), for typo correction. */
  stemsByShape: Map<string, string[]>;
  /** Every word of five letters or more in a phrase, as written, by first letter and length, for typo correction. */
  wordsByShape: Map<string, string[]>;
  stems: Set<string>;
}

export interface NeedIntent {
  needId: string;
  /** The sum of the weights of the phrases matched. */
  score: number;
  /** The words of the query that matched, as typed (tidied): shown back to the person. */
  phrase: string;
  /** No phrase matched: the need guess (need-guess.ts) chose it from the words, and the page says so. */
  guessed?: true;
}

/** A people word's stem → its class, for a mistyped one corrected to it ("husbnd" → "husband"). */
const classOfStem = new Map(CLASS_WORDS.map((w) => [stem(w), wordClass(w)!]));

/** Words allowed between two words of a phrase. */
const MAX_GAP = 2;
/**
 * Words that start a new part of a sentence: a phrase is never read across one. "home school" is not in
 * "followed home from school", "need a break" is not in "need to break up". Not "and": it joins what happens
 * to the same person ("my husband drinks and hits me"); not "about", "with", "at": "argue about money all the
 * time" is still "arguing all the time".
 */
const BREAKS = new Set(['from', 'to', 'into', 'because', 'but', 'if', 'than', 'so', 'as']);

/**
 * Words that only point at a thing ("the", "a") or hold a statement together ("is", "has"): left out inside
 * a phrase, so "my mum is ill" also reads "mums poorly" and "cant afford the school uniform" reads "cant
 * afford school uniform".
 */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'some',
  'any',
  'its',
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'has',
  'have',
  'had',
]);
/**
 * Whose children they are does matter: "shout at my kids" is a parent asking for themselves, "shouts at
 * her kids" is not. Before the children in a phrase, "my" and "our" stand for each other and for "the";
 * "his", "her" and "their" likewise.
 */
const MINE = new Set(['my', 'our']);
/** The generic words for a child, which also start terms ("child care", "child benefit", "children's centre"). */
const GENERIC_CHILD = new Set(['child', 'children', 'childrens']);
const THEIRS = new Set(['his', 'her', 'their']);
const possessive = (w: string): string | undefined => (MINE.has(w) ? '@mine' : THEIRS.has(w) ? '@theirs' : undefined);
/** A query word's possessive classes: "the" is anybody's. */
const possessives = (w: string): string[] => (w === 'the' ? ['@mine', '@theirs'] : [possessive(w)].filter((x) => x !== undefined));

/** Who or what a new clause starts with, after "so": "so i", "so the kids". */
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'my', 'the', 'our', 'his', 'her', 'their', 'there']);

/** A break between parts of a sentence; "so" only as "so i...", not "feel so low". */
function isBreak(queryWords: readonly string[], j: number): boolean {
  const w = queryWords[j]!;
  return BREAKS.has(w) && (w !== 'so' || SUBJECTS.has(queryWords[j + 1] ?? ''));
}

export function compileLexicon(phrases: NeedPhrases): Lexicon {
  const byFirst = new Map<string, CompiledPhrase[]>();
  const all = new Set<string>();
  const written = new Set<string>();
  for (const [needId, list] of Object.entries(phrases)) {
    for (const phrase of list) {
      const ws = words(phrase);
      for (const w of ws) if (/^[a-z]{5,}$/.test(w)) written.add(w);
      const telling = ws.filter((w) => !FILLER.has(w)).length;
      // A phrase of small words only ("whats on", "what can i do with") is a fixed expression: it counts as
      // one telling word, so it must be typed as written.
      if (ws.length === 0 || (telling === 0 && ws.length < 2)) continue;
      const weight = Math.max(telling, 1);
      // A person's role in a phrase of several words stands for its whole class ("scared of my partner" is
      // also "scared of my boyfriend"); a phrase that is just the word ("dads") keeps that word.
      // Small words at either end matter only in a fixed expression (one telling word: "hits me"): "my mum
      // has cancer" also reads "mum has cancer", as people often leave out the "my".
      let from = 0;
      let to = ws.length;
      if (weight >= 2) {
        while (FILLER.has(ws[from]!)) from++;
        while (FILLER.has(ws[to - 1]!)) to--;
      }
      // A phrase whose only telling word is the person ("my ex", "my mum") keeps that word, as a one-word
      // phrase does: as a class it would read every "my husband" or "my dad" as that need.
      const personOnly = telling === 1 && ws.some((w) => !FILLER.has(w) && wordClass(w) !== undefined);
      // Inside a phrase of several telling words, "my", "the", "is", "has" and the like are left out: "see my
      // grandson" also reads "see the grandkids", "cant afford the school uniform" reads "cant afford school
      // uniform" (the words between are allowed for as gaps). A fixed expression keeps them ("hits me").
      // Whose matters only before the children ("shout at my kids"); "looks after his mum" is "i look after
      // my mum" for a young carer, so elsewhere "my", "his" and the like are left out too.
      const middle = (k: number, all: readonly string[]) => weight >= 2 && k > 0 && k < all.length - 1;
      const whose = (k: number, all: readonly string[]) => possessive(all[k]!) !== undefined && wordClass(all[k + 1] ?? '') === '@child';
      const kept = ws
        .slice(from, to)
        .filter((w, k, all) => !middle(k, all) || !(DETERMINERS.has(w) || (possessive(w) !== undefined && !whose(k, all))));
      const stems = kept.map((w, k) => {
        if (middle(k, kept) && whose(k, kept)) return possessive(w)!;
        // "child care", "child benefit": a term, not a person ("son cares" is not childcare).
        const term = GENERIC_CHILD.has(w) && k + 1 < kept.length && !FILLER.has(kept[k + 1]!);
        return (ws.length > 1 && !personOnly && !term ? wordClass(w) : undefined) ?? stem(w);
      });
      stems.forEach((x) => all.add(x));
      const entry: CompiledPhrase = { needId, phrase, stems, weight, length: ws.length, ...(telling === 0 ? { smallWords: true } : {}) };
      if (ws.length === 1 && ws[0]!.length <= SHORT) entry.word = ws[0]!;
      const list2 = byFirst.get(stems[0]!) ?? [];
      list2.push(entry);
      byFirst.set(stems[0]!, list2);
    }
  }
  // The people words stand in phrases as their class; their stems are kept too, for typo correction.
  for (const w of CLASS_WORDS) all.add(stem(w));
  const stemsByShape = new Map<string, string[]>();
  for (const x of all) stemsByShape.set(`${x[0]}${x.length}`, [...(stemsByShape.get(`${x[0]}${x.length}`) ?? []), x]);
  const wordsByShape = new Map<string, string[]>();
  for (const w of written) wordsByShape.set(`${w[0]}${w.length}`, [...(wordsByShape.get(`${w[0]}${w.length}`) ?? []), w]);
  return { byFirst, stemsByShape, wordsByShape, stems: all };
}

/**
 * A mistyped word's stem as the lexicon spells it ("pregant" → "pregnant", "anxeity" → "anxiety"), with
 * the engines' typo allowance counted on the stem: none under 5 letters, 1 from 5, 2 from 9. Words the
 * directory itself uses
 * (`known`) are taken as typed: a real word is not a typo.
 */
function corrected(word: string, s: string, lexicon: Lexicon, known: (word: string) => boolean): string {
  if (lexicon.stems.has(s) || !/^[a-z]+$/.test(word) || known(word)) return s;
  // First as typed, against the phrases' words as written: a slip changes the stem more than the word
  // ("activites" is "activit", "activities" is "activ"; "homeles" is "homel", one letter from "home", while
  // as typed it is one from "homeless"). The engines' allowance on the word: 1 from 5 letters, 2 from 9; from
  // 6 letters when the stem is short ("alowance" is "alow"), as a short word one letter from another is
  // usually another word ("worms" is not "words").
  const budget = s.length >= 9 ? 2 : s.length >= 5 ? 1 : 0;
  const wordBudget = word.length >= 9 ? 2 : word.length >= (budget > 0 ? 5 : 6) ? 1 : 0;
  const asWritten = wordBudget > 0 ? nearest(word, wordBudget, lexicon.wordsByShape) : undefined;
  if (asWritten !== undefined) return stem(asWritten);
  // Then counted on the stem ("pregant" is "pregnant"): a short stem one letter from another is usually
  // another word ("worms" is "worm", not a slip for "work").
  return (budget > 0 ? nearest(s, budget, lexicon.stemsByShape) : undefined) ?? s;
}

/** The closest entry within `budget` typos, with the same first letter (people rarely mistype the first one, and it keeps this cheap). */
function nearest(s: string, budget: number, byShape: Map<string, string[]>): string | undefined {
  let best: string | undefined;
  let bestD = budget + 1;
  for (let len = s.length - budget; len <= s.length + budget; len++) {
    for (const candidate of byShape.get(`${s[0]}${len}`) ?? []) {
      const d = typoDistance(s, candidate);
      if (d < bestD || (d === bestD && best !== undefined && candidate < best)) [best, bestD] = [candidate, d];
    }
  }
  return best;
}

/**
 * Where a phrase matches in the query's stems (each word's stem and class), from `start`: the positions, or
 * undefined. A phrase with a single telling word ("me time", "hits me", "no friends") is that word in a fixed
 * expression, so its words must sit together: with gaps, "me all the time" would read as "me time".
 */
function matchAt(stems: readonly (readonly string[])[], queryWords: readonly string[], phrase: CompiledPhrase, start: number): number[] | undefined {
  const gap = phrase.weight === 1 ? 0 : MAX_GAP;
  const at = [start];
  let i = start;
  for (let k = 1; k < phrase.stems.length; k++) {
    let j = i + 1;
    while (j < stems.length && j - i - 1 <= gap && !stems[j]!.includes(phrase.stems[k]!) && !isBreak(queryWords, j)) j++;
    if (j >= stems.length || j - i - 1 > gap || !stems[j]!.includes(phrase.stems[k]!)) return undefined;
    at.push(j);
    i = j;
  }
  return at;
}

/**
 * The needs a query's words point to, strongest first. Each need scores the words its matching phrases
 * cover (filler left out), except where a longer phrase of another need covers the same words.
 */
export function detectNeeds(
  queryWords: readonly string[],
  lexicon: Lexicon,
  known: (word: string) => boolean = () => false,
  /** Positions already read as an age, a day or a place: a phrase made only of them speaks only when nothing else does. */
  structure: ReadonlySet<number> = new Set(),
): NeedIntent[] {
  const stems = queryWords.map((w) => {
    const c = wordClass(w);
    if (c) return [stem(w), c, ...possessives(w)];
    const s = corrected(w, stem(w), lexicon, known);
    const fixed = classOfStem.get(s);
    return fixed ? [s, fixed] : [s, ...possessives(w)];
  });
  const matches: { needId: string; at: number[]; weight: number; small: boolean; length: number }[] = [];
  for (let i = 0; i < stems.length; i++) {
    for (const first of stems[i]!) {
      for (const p of lexicon.byFirst.get(first) ?? []) {
        if (p.word !== undefined && queryWords[i] !== p.word && queryWords[i] !== `${p.word}s`) continue;
        const at = matchAt(stems, queryWords, p, i);
        if (at) matches.push({ needId: p.needId, at, weight: p.weight, small: p.smallWords === true, length: p.length });
      }
    }
  }
  // "activities for year 6 in the summer": "year 6" is an age there, read as a filter; the phrase "year 6"
  // (moving up to secondary school) speaks for the words only when they say nothing else ("year 6").
  const told = (m: (typeof matches)[number]) => !m.at.every((k) => structure.has(k) || FILLER.has(queryWords[k]!));
  if (matches.some(told)) matches.splice(0, matches.length, ...matches.filter(told));
  // The longest phrase speaks for its words: "mental health" (children's) inside "mental health support
  // for mums" (parents' wellbeing) does not count for children's mental health.
  // On equal weight the phrase with more words wins: "hits me" (domestic abuse) over "hitting" (behaviour).
  const longer = (o: (typeof matches)[number], m: (typeof matches)[number]) =>
    o.weight > m.weight || (o.weight === m.weight && (o.at.length > m.at.length || (o.at.length === m.at.length && o.length > m.length)));
  // A small word inside the longer phrase's stretch counts as covered ("my" in "scared of my ex").
  const covers = (o: (typeof matches)[number], k: number) =>
    o.at.includes(k) || (FILLER.has(queryWords[k]!) && k > o.at[0]! && k < o.at[o.at.length - 1]!);
  const kept = matches.filter((m) => !matches.some((o) => o.needId !== m.needId && longer(o, m) && m.at.every((k) => covers(o, k))));
  const found = new Map<string, { score: number; positions: Set<number> }>();
  for (const m of kept.sort((a, b) => b.weight - a.weight)) {
    const f = found.get(m.needId) ?? { score: 0, positions: new Set<number>() };
    // The same words matched by several phrases of one need count once.
    const fresh = m.at.filter((k) => !f.positions.has(k));
    f.score += m.small ? Math.min(fresh.length, 1) : fresh.filter((k) => !FILLER.has(queryWords[k]!)).length;
    m.at.forEach((k) => f.positions.add(k));
    found.set(m.needId, f);
  }
  return [...found]
    .filter(([, f]) => f.score > 0)
    .map(([needId, f]) => {
      const ks = [...f.positions].sort((a, b) => a - b);
      return { needId, score: f.score, phrase: ks.map((k) => queryWords[k]).join(' ') };
    })
    .sort((a, b) => b.score - a.score || (a.needId < b.needId ? -1 : 1));
}
