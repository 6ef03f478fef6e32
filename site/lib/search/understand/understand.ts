/**
 * Query understanding: one pure step, used by the search page, the CLI, the relevance check and both
 * engines (through the Query it produces), so a family gets the same answer however the site is deployed.
 *
 *   understandQuery("free activities for toddlers this saturday", ctx)
 *     → { text: "activities toddlers", age: 1–3 ("toddlers"), day: saturday, free, needs: [family-activities] }
 *
 * Ages, days, cost and places read from the words become filters the page shows with a one-click undo (and
 * the fallback drops them before ever showing nothing); numbers and days are taken out of the words so "13
 * year old" no longer decides the ranking. Needs become a ranking signal only (Query.boostNeeds): services
 * with the need come first, nothing is hidden.
 */
import { DAYS as WEEKDAYS, type Day as Weekday } from '../../../../content/schema/values.ts';
import type { Query } from '../query.ts';
import { detectNeeds, type Lexicon, type NeedIntent } from './lexicon.ts';
import type { NeedGuesser } from './need-guess.ts';
import { wordClass } from './word-classes.ts';
import { directoryForms, FILLER, meaningful, stem as stemOf, words, type WordForms } from './words.ts';

export interface Place {
  /** The locality id it belongs to. */
  locality: string;
  /** The place's name, as shown back. */
  label: string;
  /** Its words, lower case ("kirk sandall" → ["kirk", "sandall"]). */
  words: string[];
}

export interface UnderstandContext {
  lexicon: Lexicon;
  places: readonly Place[];
  /** The whole area's names ("doncaster"): read and dropped, they narrow nothing. */
  areaNames: readonly string[];
  forms?: Pick<WordForms, 'forms'>;
  /** The fallback when no phrase matches (need-guess.ts); none means no guessing. */
  guesser?: NeedGuesser;
}

/** The parts of an understanding a person can undo; `need:<id>` undoes one need. */
export type PartKey = 'age' | 'day' | 'free' | 'place' | `need:${string}`;

export interface Understanding {
  /** The words for the engines: filler and the words read as structure left out, forms as the directory writes them. */
  text: string;
  age?: { min: number; max: number; phrase: string };
  day?: { day: Weekday; phrase: string };
  free?: { phrase: string };
  place?: { locality: string; label: string; phrase: string };
  /** Needs the words point to, strongest first (only the strong ones: see NEED_SHARE). */
  needs: NeedIntent[];
}

/** The need whose services have extended SEND ages (needs.yaml's id, the same in every directory built from this kit). */
const SEND_NEED = 'send';
/** Young people's activities and support (needs.yaml's id): what a young person giving their age and nothing else wants. */
const YOUTH_NEED = 'youth';
/** From this age, "i am 13" is a young person searching for themselves. */
const OWN_AGE_YOUTH = 11;
/**
 * A need counts when it scores more than this share of the best need's score, or exactly this share when it
 * is said as a thing of its own (see ownClause): "my 13 year old wont go to school and is anxious" is two
 * needs, while "school" in "followed home from school" and "angry" in "he throws things when hes angry im
 * scared" only say where or when, and would put their services level with the need the search is about.
 */
const NEED_SHARE = 0.5;
/** Words that join two things a family is dealing with: "wont go to school and is anxious", "debt but also". */
const JOINERS = new Set(['and', 'also', 'plus', 'but', 'aswell', 'too']);

/** The positions of a need's words in the query (its phrase is the matched words, in order). */
function positionsOf(ws: readonly string[], n: NeedIntent): number[] {
  const mine = new Set(n.phrase.split(' ').filter((w) => !FILLER.has(w)));
  return ws.flatMap((w, i) => (mine.has(w) ? [i] : []));
}

/**
 * A weaker need said as a thing of its own: a joining word ("and", "also", "but") stands between its words
 * and the best need's words, rather than it being part of the same statement.
 */
function ownClause(ws: readonly string[], weak: NeedIntent, best: NeedIntent): boolean {
  const a = positionsOf(ws, weak);
  const b = positionsOf(ws, best);
  if (a.length === 0 || b.length === 0) return false;
  const [from, to] = Math.max(...a) < Math.min(...b) ? [Math.max(...a), Math.min(...b)] : [Math.max(...b), Math.min(...a)];
  return ws.slice(from + 1, to).some((w) => JOINERS.has(w));
}
/** At most this many needs are boosted: more would boost almost everything. */
const MAX_NEEDS = 3;

const LIFE_STAGES: [RegExp, number, number][] = [
  [/^(newborns?|new borns?)$/, 0, 0],
  [/^(babies|baby|babys|infants?)$/, 0, 1],
  [/^(toddlers?|tots?)$/, 1, 3],
  [/^(preschoolers?|pre schoolers?)$/, 3, 4],
  [/^(tweens?|preteens?)$/, 9, 12],
  [/^(teens?|teenagers?|teenage|adolescents?)$/, 13, 19],
  // England's school stages, as parents name them; the words stay, as they may name a service ("sixth form").
  [/^sixthform(ers?)?$/, 16, 18],
];
/** Key stages ("ks2", "key stage 2"): the ages of their school years. An acronym that only says an age, so it is read out. */
const KEY_STAGES: Record<string, [number, number]> = { 1: [5, 7], 2: [7, 11], 3: [11, 14], 4: [14, 16], 5: [16, 18] };
/** Before a school year's number these make "reception" the first year of school, not a wedding or a front desk. */
const RECEPTION_BEFORE = new Set(['in', 'into', 'starts', 'starting', 'start', 'started', 'for', 'going']);
const RECEPTION_AFTER = new Set(['class', 'age', 'aged', 'year', 'place', 'places', 'child', 'children', 'kids', 'pupil', 'pupils', 'teacher']);
/** "primary age", "secondary school age", "nursery age": the ages of a stage of schooling, said with "age". */
const SCHOOL_STAGE_AGES: Record<string, [number, number]> = {
  nursery: [3, 4],
  primary: [4, 11],
  secondary: [11, 16],
  infant: [4, 7],
  junior: [7, 11],
};
/** Words a baby's or toddler's age in months follows without "old": "toddler 18 months", "my son 6 months". */
const MONTHS_AFTER = new Set(['baby', 'babies', 'toddler', 'toddlers', 'son', 'daughter', 'boy', 'girl', 'lo', 'bubs', 'grandson', 'granddaughter']);
/** After a range of numbers these make it times, money or amounts, not ages: "9-12 am", "2-4 hours", "10-15 mins". */
const NOT_AGES_AFTER =
  /^(am|pm|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|times?|pounds?|quid|p|percent|miles?|people|places|spaces|sessions?)$/;
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const num = (w: string | undefined): number | undefined => (w === undefined ? undefined : /^\d{1,2}$/.test(w) ? Number(w) : NUMBER_WORDS[w]);
const YEAR = /^(years?|yrs?|yo|yr)$/;
const CHILD_WORDS = new Set([
  'son',
  'daughter',
  'child',
  'kid',
  'boy',
  'girl',
  'baby',
  'he',
  'she',
  'grandson',
  'granddaughter',
  'stepson',
  'stepdaughter',
  'brother',
  'sister',
]);
const MONTH = /^(months?|mths?|weeks?)$/;
/** After "free", these make it part of a name, not a price: "free school meals", "free childcare" (funded hours). */
const FREE_AS_NAME_NEXT = new Set([
  'school',
  'childcare',
  'nursery',
  'hours',
  'meals',
  'from',
  'early',
  'prescriptions',
  'prescription',
  'dental',
  'period',
  'uniform',
  'bus',
  'travel',
  'funded',
  'places',
  'place',
  'sanitary',
]);
const FREE_AS_NAME_BEFORE = new Set(['smoke', 'drug', 'alcohol', 'debt', 'nut', 'gluten', 'sugar', 'hands', 'feel', 'duty']);

interface Reading {
  consumed: Set<number>;
}

/** Before "5 to 11" these make it an age range: "ages 5 to 11", "for 11 to 18", "kids 8 to 12". */
const TO_RANGE_BEFORE = new Set(['ages', 'aged', 'age', 'for', 'kids', 'children', 'boys', 'girls', 'teens']);

/**
 * The ranges of numbers typed with a dash ("5-11", "8 - 12s", "0–19"), as "5-11": the words lose the dash, and
 * only a dash makes two bare numbers a range. Not part of a longer run ("1-2-1" is one to one).
 */
export function dashRanges(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\d-])(\d{1,2})\s*[-–—]\s*(\d{1,2})(?![\d-])/g)) out.add(`${Number(m[1])}-${Number(m[2])}`);
  return out;
}

function readAge(ws: string[], r: Reading, ranges: ReadonlySet<string> = new Set()): Understanding['age'] {
  for (let i = 0; i < ws.length; i++) {
    // "13 year old", "13 years old", "13yo", "aged 13", "age 13", "13 month old", "5-11 year olds", "under 5s"
    const n = num(ws[i]);
    if (n !== undefined) {
      if (YEAR.test(ws[i + 1] ?? '')) {
        const end = ws[i + 2] === 'old' || ws[i + 2] === 'olds' ? i + 2 : i + 1;
        return take(ws, r, i, end, n, n);
      }
      // "18 month old" is one year old, "6 week old" none.
      const years = /^(months?|mths?)$/.test(ws[i + 1] ?? '') ? Math.floor(n / 12) : 0;
      if (MONTH.test(ws[i + 1] ?? '') && (ws[i + 2] === 'old' || ws[i + 2] === 'olds')) return take(ws, r, i, i + 2, years, years);
      // "toddler 18 months", "my son is 6 months": a month count right after a baby or child.
      if (
        MONTH.test(ws[i + 1] ?? '') &&
        n <= 48 &&
        (MONTHS_AFTER.has(ws[i - 1] ?? '') || ((ws[i - 1] === 'is' || ws[i - 1] === 'aged') && MONTHS_AFTER.has(ws[i - 2] ?? '')))
      )
        return take(ws, r, ws[i - 1] === 'is' || ws[i - 1] === 'aged' ? i - 1 : i, i + 1, years, years);
      if (ws[i - 1] === 'aged' || ws[i - 1] === 'age') return take(ws, r, i - 1, i, n, n);
      const m = num(ws[i + 1]);
      if (m !== undefined && m > n && (YEAR.test(ws[i + 2] ?? '') || ws[i - 1] === 'ages')) {
        const end = YEAR.test(ws[i + 2] ?? '') ? (ws[i + 3] === 'old' || ws[i + 3] === 'olds' ? i + 3 : i + 2) : i + 1;
        return take(ws, r, ws[i - 1] === 'ages' ? i - 1 : i, end, n, m);
      }
      // A range written with a dash ("club 5-11", "8-12s", "0-19 service", "16-18 yr olds") is an age range in
      // a search for services, unless times or amounts follow ("9-12 am", "2-4 hours"); "1-2-1" is one to one.
      const plural = /^(\d{1,2})s$/.exec(ws[i + 1] ?? '');
      const upTo = m ?? (plural ? Number(plural[1]) : undefined);
      if (upTo !== undefined && upTo > n && upTo <= 25 && ranges.has(`${n}-${upTo}`) && !NOT_AGES_AFTER.test(ws[i + 2] ?? '')) {
        const end = YEAR.test(ws[i + 2] ?? '') ? (ws[i + 3] === 'old' || ws[i + 3] === 'olds' ? i + 3 : i + 2) : i + 1;
        return take(ws, r, ws[i - 1] === 'ages' || ws[i - 1] === 'aged' ? i - 1 : i, end, n, upTo);
      }
      // "ages 5 to 11", "for 11 to 18", "kids 8 to 12": not "from 9 to 12", which is a time.
      const toM = num(ws[i + 2]) ?? (/^(\d{1,2})s$/.exec(ws[i + 2] ?? '') ? Number(ws[i + 2]!.slice(0, -1)) : undefined);
      if (ws[i + 1] === 'to' && toM !== undefined && toM > n && TO_RANGE_BEFORE.has(ws[i - 1] ?? '') && !NOT_AGES_AFTER.test(ws[i + 3] ?? '')) {
        const end = YEAR.test(ws[i + 3] ?? '') ? (ws[i + 4] === 'old' || ws[i + 4] === 'olds' ? i + 4 : i + 3) : i + 2;
        return take(ws, r, ws[i - 1] === 'ages' || ws[i - 1] === 'aged' ? i - 1 : i, end, n, toM);
      }
    }
    // "im 15", "i am 16": a young person's own age (an adult's own age says nothing about the children's).
    if (n !== undefined && n <= 19 && ws[i - 2] === 'i' && ws[i - 1] === 'am' && !MONTH.test(ws[i + 1] ?? '') && !YEAR.test(ws[i + 1] ?? '')) {
      return take(ws, r, i - 2, i, n, n);
    }
    // "my son is 5", "daughter who is 7": a child word, "is"/"aged", a number not followed by years or months.
    if (n !== undefined && CHILD_WORDS.has(ws[i - 2] ?? '') && (ws[i - 1] === 'is' || ws[i - 1] === 'aged') && !MONTH.test(ws[i + 1] ?? '')) {
      return take(ws, r, i - 1, i, n, n);
    }
    // "year 7" or "yr 7" (a school year, not "7 year old"): England's school years run from age 5 in Year 1.
    if (
      (ws[i] === 'year' || ws[i] === 'yr') &&
      n === undefined &&
      num(ws[i + 1]) !== undefined &&
      num(ws[i + 1])! <= 13 &&
      !YEAR.test(ws[i + 2] ?? '') &&
      ws[i + 2] !== 'old'
    ) {
      const y = num(ws[i + 1])!;
      return take(ws, r, i, i + 1, y + 4, y + 5);
    }
    // "over 16s", "over 11"
    const overS = /^(\d{1,2})s?$/.exec(ws[i + 1] ?? '');
    if (ws[i] === 'over' && overS && !YEAR.test(ws[i + 2] ?? '')) return take(ws, r, i, i + 1, Number(overS[1]), 25);
    const under = /^(\d{1,2})s$/.exec(ws[i + 1] ?? '');
    if (ws[i] === 'under' && under) return take(ws, r, i, i + 1, 0, Number(under[1]) - 1);
    if (ws[i] === 'under' && num(ws[i + 1]) !== undefined && !YEAR.test(ws[i + 2] ?? '')) return take(ws, r, i, i + 1, 0, num(ws[i + 1])! - 1);
    const yo = /^(\d{1,2})(yo|yrs?|years?)$/.exec(ws[i]!);
    if (yo) return take(ws, r, i, ws[i + 1] === 'old' ? i + 1 : i, Number(yo[1]), Number(yo[1]));
    // "u11s", "u18s": football's under-11s.
    const u = /^u(\d{1,2})s$/.exec(ws[i]!);
    if (u) return take(ws, r, i, i, 0, Number(u[1]) - 1);
    // "y7", "yr7", "year7": a school year typed as one word.
    const sy = /^(?:y|yr|year)(\d{1,2})$/.exec(ws[i]!);
    if (sy && Number(sy[1]) >= 1 && Number(sy[1]) <= 13) return take(ws, r, i, i, Number(sy[1]) + 4, Number(sy[1]) + 5);
    // "ks2", "key stage 3".
    const ks =
      /^ks([1-5])$/.exec(ws[i]!)?.[1] ?? (ws[i] === 'key' && ws[i + 1] === 'stage' && /^[1-5]$/.test(ws[i + 2] ?? '') ? ws[i + 2] : undefined);
    if (ks) return take(ws, r, i, ws[i] === 'key' ? i + 2 : i, KEY_STAGES[ks]![0], KEY_STAGES[ks]![1]);
  }
  // Life stages set an age but stay in the words: "toddler group" is still about toddlers.
  for (let i = 0; i < ws.length; i++) {
    // Written as two words too: "pre schooler", "pre teens", "sixth former".
    const joined = ws[i] === 'pre' || ws[i] === 'sixth' ? ws[i]! + (ws[i + 1] ?? '') : undefined;
    for (const [re, min, max] of LIFE_STAGES) {
      if (re.test(ws[i]!)) return { min, max, phrase: ws[i]! };
      if (joined && re.test(joined)) return { min, max, phrase: `${ws[i]} ${ws[i + 1]}` };
    }
    // "starts reception in september", "reception class": the first year of school.
    if (ws[i] === 'reception' && (RECEPTION_BEFORE.has(ws[i - 1] ?? '') || RECEPTION_AFTER.has(ws[i + 1] ?? '')))
      return { min: 4, max: 5, phrase: ws[i]! };
    // "primary age", "secondary school age".
    const stage = SCHOOL_STAGE_AGES[ws[i]!];
    const ageAt =
      ws[i + 1] === 'age' || ws[i + 1] === 'aged' ? i + 1 : ws[i + 1] === 'school' && (ws[i + 2] === 'age' || ws[i + 2] === 'aged') ? i + 2 : -1;
    if (stage && ageAt > 0) return { min: stage[0], max: stage[1], phrase: ws.slice(i, ageAt + 1).join(' ') };
  }
  return undefined;
}

function take(ws: string[], r: Reading, from: number, to: number, min: number, max: number): Understanding['age'] {
  for (let k = from; k <= to; k++) r.consumed.add(k);
  if (min > 25 || max > 25 || min > max) return undefined;
  return { min, max, phrase: ws.slice(from, to + 1).join(' ') };
}

function readDay(ws: string[], r: Reading): Understanding['day'] {
  const lead = ['this', 'on', 'next', 'every'];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // Full names always ("saturday", "saturdays"); short forms only after "on", "this"... ("on sat"): alone,
    // "wed" is "we'd" and "sun" is the sun.
    const full = WEEKDAYS.find((d) => w === d || w === `${d}s`);
    const short = lead.includes(ws[i - 1] ?? '') ? WEEKDAYS.find((d) => w.length >= 3 && d.startsWith(w.replace(/s$/, ''))) : undefined;
    const day = full ?? short;
    if (!day) continue;
    const from = lead.includes(ws[i - 1] ?? '') || ws[i - 1] === 'a' ? i - 1 : i;
    for (let k = from; k <= i; k++) r.consumed.add(k);
    return { day, phrase: ws.slice(from, i + 1).join(' ') };
  }
  return undefined;
}

function readFree(ws: string[], r: Reading): Understanding['free'] {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== 'free' && !(ws[i] === 'no' && ws[i + 1] === 'cost') && ws[i] !== 'cheap') continue;
    if (ws[i] === 'free' && (FREE_AS_NAME_NEXT.has(ws[i + 1] ?? '') || FREE_AS_NAME_BEFORE.has(ws[i - 1] ?? ''))) continue;
    if (ws[i] === 'cheap') continue; // "cheap" is not "free": leave the word, set nothing
    const to = ws[i] === 'no' ? i + 1 : i;
    for (let k = i; k <= to; k++) r.consumed.add(k);
    return { phrase: ws.slice(i, to + 1).join(' ') };
  }
  return undefined;
}

function readPlace(ws: string[], ctx: UnderstandContext, r: Reading): Understanding['place'] {
  // Longest names first, so "kirk sandall" wins over a shorter name inside it.
  const places = [...ctx.places].sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < ws.length; i++) {
    for (const p of places) {
      if (p.words.every((w, k) => ws[i + k] === w)) {
        const from = ['in', 'near', 'around', 'at'].includes(ws[i - 1] ?? '') ? i - 1 : i;
        for (let k = from; k < i + p.words.length; k++) r.consumed.add(k);
        return { locality: p.locality, label: p.label, phrase: ws.slice(i, i + p.words.length).join(' ') };
      }
    }
  }
  return undefined;
}

/** Children's and young people's mental health, and parents' and carers' own wellbeing (needs.yaml's ids). */
const CHILD_MENTAL_HEALTH_NEED = 'child-mental-health';
const PARENT_WELLBEING_NEED = 'parent-wellbeing';
/** Words that make someone a parent or an adult with a family: the children, a baby, a husband or wife. */
/** A pregnancy lost is a parent's too: "feeling really down after my miscarriage" is the parent's own wellbeing. */
const BABY_WORDS = new Set([
  'baby',
  'babies',
  'newborn',
  'bump',
  'birth',
  'pregnancy',
  'pregnant',
  'toddler',
  'toddlers',
  'miscarriage',
  'miscarriages',
  'miscarried',
  'stillbirth',
  'stillborn',
  'ectopic',
]);
const ADULT_PARTNERS = new Set(['husband', 'husbands', 'hubby', 'wife', 'wifes', 'partner', 'partners', 'spouse', 'missus', 'fiance', 'fiancee']);
/** Someone other than the searcher a feeling can belong to: "my son", "she", "the kids", "my teen". */
const OTHER_PEOPLE = new Set(['@child', '@they', '@sibling', '@grandchild', '@partner', '@parent']);
const PARENT_AS_SELF = new Set(['a', 'new', 'single', 'time', 'as', 'young', 'working', 'lone', 'struggling', 'tired', 'exhausted']);
const CHILD_STAGES = new Set(['teen', 'teens', 'teenager', 'teenagers', 'toddler', 'baby', 'child', 'pupil', 'student']);
/** A young person writing about themselves, not a parent: school words, or their own mum or dad. */
const YOUNG_PERSON_WORDS = new Set([
  'school',
  'exams',
  'exam',
  'mocks',
  'revision',
  'revising',
  'gcse',
  'gcses',
  'alevels',
  'sats',
  'homework',
  'detention',
  'teacher',
  'teachers',
  'college',
  'uni',
  'mates',
  'classmates',
]);
/** An age read from a school year or key stage ("yr 11", "y9", "ks4"): said by the pupil as often as by a parent. */
const SCHOOL_YEAR = /^(year|yr|y\d|ks|key)/;

/** "the school run", "at the school gates": a parent taking children to school, not a pupil. */
const SCHOOL_RUN_NEXT = new Set(['run', 'runs', 'gate', 'gates', 'pickup', 'pickups']);
const schoolRun = (ws: readonly string[], i: number): boolean => ws[i] === 'school' && SCHOOL_RUN_NEXT.has(ws[i + 1] ?? '');

/** An adult's own life: a job lost, the rent, a mortgage. Worry about these is the searcher's own, as a parent's is. */
const ADULT_LIFE = new Set(['job', 'jobs', 'mortgage', 'rent', 'bills', 'redundant', 'redundancy', 'sacked', 'wages', 'boss', 'landlord', 'divorce']);

/** The searcher is plainly a parent (or an adult): children, a baby, a husband or wife, or an adult's own worries. */
function isParent(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (BABY_WORDS.has(w) || ADULT_PARTNERS.has(w) || (ADULT_LIFE.has(w) && (ws[i - 1] === 'my' || ws[i - 1] === 'our'))) return true;
    if (schoolRun(ws, i)) return true;
    // The children as people the searcher has: "the kids", "my 3 kids", not "i am a kid"; the searcher
    // as a parent: "new mum", "as a dad", "single parent" (not "my mum").
    if (wordClass(w) === '@child') return ws[i - 1] !== 'a';
    return wordClass(w) === '@parent' && PARENT_AS_SELF.has(ws[i - 1] ?? '');
  });
}

/**
 * A parent's own feelings, not a child's: "i feel so low since the baby", "my anxiety is ruining everything
 * and i have 3 kids", "feeling low lately and the kids have noticed". The mood words alone ("low", "anxiety")
 * are listed under children's mental health, so when the feeling is the searcher's (the nearest person
 * before it is "i" or "me", or nobody) and the searcher is plainly a parent (children, a baby or a husband
 * or wife are mentioned, and neither a young person's own age nor school words nor "my mum"), the need is
 * the parent's own wellbeing instead. "my son feels low" and "im 15 and feel down" stay as they are.
 */
/** The children a feeling can be said of: "lonely teen", "my son is so stressed out", "her brother is isolated". */
const CHILD_PEOPLE = new Set(['@child', '@grandchild', '@sibling']);
const SELF_WORDS = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
const childWord = (w: string | undefined): boolean => w !== undefined && (CHILD_STAGES.has(w) || CHILD_PEOPLE.has(wordClass(w) ?? ''));

/**
 * A feeling said of a child: the nearest person before it is a child ("my son is so lonely"), or, with
 * nobody before it, the word right after it is ("lonely teen boy"). "me", "i" or another adult first, or
 * nobody at all ("lonely since the baby"), and it is not.
 */
function saidOfChild(ws: readonly string[], n: NeedIntent): boolean {
  const phrase = n.phrase.split(' ');
  const start = ws.indexOf(phrase[0]!);
  if (start < 0) return false;
  const end = ws.indexOf(phrase.at(-1)!, start);
  const self = (w: string) => SELF_WORDS.has(w);
  // "the kids are doing my head in": the feeling is the searcher's, whoever comes before it.
  if (ws.slice(start, end < 0 ? start + 1 : end + 1).some(self)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (self(w)) return false;
    if (childWord(w)) return true;
    if (OTHER_PEOPLE.has(wordClass(w) ?? '')) return false;
  }
  return childWord(ws[(end < 0 ? start : end) + 1]);
}

function ownFeelings(ws: readonly string[], needs: NeedIntent[], age: Understanding['age']): NeedIntent[] {
  const child = needs.find((n) => n.needId === CHILD_MENTAL_HEALTH_NEED);
  const own = needs.find((n) => n.needId === PARENT_WELLBEING_NEED);
  const young =
    (age?.phrase.startsWith('i am ') && age.min <= 19) ||
    (age !== undefined && SCHOOL_YEAR.test(age.phrase)) ||
    ws.some((w, i) => (YOUNG_PERSON_WORDS.has(w) && !schoolRun(ws, i)) || (wordClass(w) === '@parent' && ws[i - 1] === 'my'));
  // The other way round: "stressed out about exams", "so lonely at school" are a young person's own
  // feelings, though "stressed out" and "lonely" alone are listed for parents; so are "lonely teen boy" and
  // "my son is so stressed out", said of a child.
  if (own && ((young && !isParent(ws)) || saidOfChild(ws, own))) {
    const merged: NeedIntent = {
      needId: CHILD_MENTAL_HEALTH_NEED,
      score: own.score + (child?.score ?? 0),
      phrase: child ? `${child.phrase} ${own.phrase}` : own.phrase,
    };
    return [merged, ...needs.filter((n) => n !== child && n !== own)].sort((a, b) => b.score - a.score);
  }
  if (!child) return needs;
  const first = child.phrase.split(' ')[0]!;
  const start = ws.indexOf(first);
  if (start < 0) return needs;
  let nearest: 'self' | 'other' | undefined;
  for (let i = start - 1; i >= 0 && nearest === undefined; i--) {
    const w = ws[i]!;
    if (w === 'i' || w === 'me' || w === 'myself') nearest = 'self';
    else if (OTHER_PEOPLE.has(wordClass(w) ?? '') || CHILD_STAGES.has(w)) nearest = 'other';
  }
  if (nearest === 'other') return needs;
  // Inside the phrase or between its words ("cutting herself", "cuts on my son's arms"): someone else's.
  const last = child.phrase.split(' ').at(-1)!;
  const end = ws.indexOf(last, start);
  const stretch = ws.slice(start, end < 0 ? start + 1 : end + 1);
  if (stretch.some((w) => OTHER_PEOPLE.has(wordClass(w) ?? '') || CHILD_STAGES.has(w))) return needs;
  if (!isParent(ws) || young) return needs;
  const merged: NeedIntent = {
    needId: PARENT_WELLBEING_NEED,
    score: child.score + (own?.score ?? 0),
    phrase: own ? `${own.phrase} ${child.phrase}` : child.phrase,
  };
  return [merged, ...needs.filter((n) => n !== child && n !== own)].sort((a, b) => b.score - a.score);
}

export function understandQuery(q: string, ctx: UnderstandContext, undone: readonly string[] = []): Understanding {
  const ws = words(q);
  const r: Reading = { consumed: new Set() };
  const off = new Set(undone);
  const keep = (part: string, read: () => Understanding[keyof Understanding] | undefined) => {
    const before = new Set(r.consumed);
    const found = read();
    // An undone part's words go back into the search, as typed words.
    if (off.has(part) || !found) r.consumed = before;
    return off.has(part) ? undefined : found;
  };
  const out: Understanding = { text: '', needs: [] };
  // The whole area's name narrows nothing ("parenting classes doncaster"): read and dropped.
  ws.forEach((w, i) => ctx.areaNames.includes(w) && r.consumed.add(i));
  const age = keep('age', () => readAge(ws, r, dashRanges(q))) as Understanding['age'];
  const day = keep('day', () => readDay(ws, r)) as Understanding['day'];
  const free = keep('free', () => readFree(ws, r)) as Understanding['free'];
  const place = keep('place', () => readPlace(ws, ctx, r)) as Understanding['place'];
  if (age) out.age = age;
  if (day) out.day = day;
  if (free) out.free = free;
  if (place) out.place = place;

  const known = (w: string) => ctx.forms?.forms[stemOf(w)]?.includes(w) ?? false;
  // What was read as an age, a day or a place (not the area's name, which is only dropped).
  const structure = new Set([...r.consumed].filter((k) => !ctx.areaNames.includes(ws[k]!)));
  const all = ownFeelings(ws, detectNeeds(ws, ctx.lexicon, known, structure), age);
  const best = all[0]?.score ?? 0;
  const strong = (n: NeedIntent) => n.score > best * NEED_SHARE || (n.score === best * NEED_SHARE && ownClause(ws, n, all[0]!));
  out.needs = all.filter((n) => strong(n) && !off.has(`need:${n.needId}`)).slice(0, MAX_NEEDS);

  // A young person giving their own age ("im 15 and need advice") and no other need: young people's support.
  if (out.needs.length === 0 && age?.phrase.startsWith('i am ') && age.min >= OWN_AGE_YOUTH && !off.has(`need:${YOUTH_NEED}`)) {
    out.needs = [{ needId: YOUTH_NEED, score: 1, phrase: age.phrase }];
  }
  // No phrase matched at all: the need the words most likely point to, from the words not read as an age, a
  // day or a place ("my lad games all night in his room"), unless it was undone.
  const left = ws.filter((_, i) => !r.consumed.has(i));
  if (out.needs.length === 0 && all.length === 0 && ctx.guesser) {
    const g = ctx.guesser.guess(left.join(' '));
    if (g && !off.has(`need:${g.needId}`)) out.needs = [{ needId: g.needId, score: g.probability, phrase: g.phrase, guessed: true }];
  }

  out.text = directoryForms(meaningful(left.length > 0 ? left : ws.filter((w) => !FILLER.has(w))), ctx.forms).join(' ');
  // Nothing left but small words ("and need advice" after "im 15"): the structure read is the search.
  if (left.length < ws.length && left.every((w) => FILLER.has(w))) out.text = '';
  return out;
}

/** The parts of an understanding, in the order the page lists them. */
export function understoodParts(u: Understanding): PartKey[] {
  const parts: PartKey[] = [];
  if (u.age) parts.push('age');
  if (u.day) parts.push('day');
  if (u.free) parts.push('free');
  if (u.place) parts.push('place');
  for (const n of u.needs) parts.push(`need:${n.needId}`);
  return parts;
}

/**
 * The query the engines answer: the understood words instead of the typed ones, and the understood ages,
 * day, cost and place as filters where the person did not choose their own. Needs go in as a boost only.
 */
export function applyUnderstanding(query: Query, u: Understanding): Query {
  const out: Query = { ...query, q: u.text, boostNeeds: query.needs.length > 0 ? [] : u.needs.map((n) => n.needId) };
  if (u.age && query.ageMin === undefined && query.ageMax === undefined) {
    out.ageMin = u.age.min;
    out.ageMax = u.age.max;
    // "learning disability 20 year old": services' extended SEND ages apply, as with the form's SEND box.
    if (u.needs.some((n) => n.needId === SEND_NEED)) out.send = true;
  }
  if (u.day && !query.day) out.day = u.day.day;
  if (u.free) out.free = true;
  if (u.place && !query.locality && !query.near) out.locality = u.place.locality;
  return out;
}

/**
 * Only the parts that change the query: an age, day or place the person already chose on the form wins,
 * and needs they chose replace the boost. The page lists these, so it never claims what it did not do.
 */
export function appliedParts(query: Query, u: Understanding): Understanding {
  const out: Understanding = { text: u.text, needs: query.needs.length > 0 ? [] : u.needs };
  if (u.age && query.ageMin === undefined && query.ageMax === undefined) out.age = u.age;
  if (u.day && !query.day) out.day = u.day;
  if (u.free && !query.free) out.free = u.free;
  if (u.place && !query.locality && !query.near) out.place = u.place;
  return out;
}

/** The same query without the filters the words gave (what the person chose on the form stays). */
export function withoutUnderstoodFilters(query: Query, original: Query): Query {
  const out: Query = { ...query, free: original.free, boostNeeds: query.boostNeeds };
  if (original.ageMin === undefined) delete out.ageMin;
  else out.ageMin = original.ageMin;
  if (original.ageMax === undefined) delete out.ageMax;
  else out.ageMax = original.ageMax;
  if (original.day === undefined) delete out.day;
  if (original.locality === undefined) delete out.locality;
  return out;
}
