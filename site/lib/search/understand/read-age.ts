/**
 * Ages read out of a search's words: "13 year old", "aged 5-11", "under 5s", "toddler", "year 9", "ks2",
 * "18 months", "primary age". The words read are marked consumed, so they leave the words the engines search
 * ("13 year old" no longer decides the ranking); life stages set an age but stay in the words. Pure.
 */

/** An age or range of ages read from the words, with the words it was read from. */
export interface Age {
  min: number;
  max: number;
  phrase: string;
}

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
/**
 * Words that make "the new baby" a brother or sister of the child the search is about: "sibling rivalry since the
 * new baby", "older one acting up since baby came", "jealous of the baby". There the baby's age is not the age the
 * family needs help for, so it is not read.
 */
const SIBLING_CONTEXT = /^(siblings?|rivalry|jealous|jealousy|older|eldest|oldest|firstborn)$/;
const SIBLING_AFTER_BABY = /^(brothers?|sisters?|siblings?|bro|sis)$/;
/** The older child, named beside "the new baby" or "since the baby": "my son has been naughty since baby arrived". */
const OLDER_CHILD = new Set(['son', 'daughter', 'child', 'kid', 'boy', 'girl', 'toddler', 'stepson', 'stepdaughter', 'grandson', 'granddaughter']);
/**
 * "baby brother", words about brothers, sisters and jealousy, or "new baby" / "since the baby" in a search that
 * also names another child: the baby is a sibling, not the child the search is about.
 */
function babyIsSibling(ws: string[], i: number): boolean {
  // Not the word right before the baby: "older babies" are babies.
  if (SIBLING_AFTER_BABY.test(ws[i + 1] ?? '') || ws.some((w, k) => k !== i - 1 && SIBLING_CONTEXT.test(w))) return true;
  // "he" and "she" only with "new baby": "he's not helping since the baby" is more often a partner.
  const isNew = ws[i - 1] === 'new';
  const since = ws[i - 1] === 'since' || (ws[i - 1] === 'the' && ws[i - 2] === 'since');
  return (isNew || since) && ws.some((w) => OLDER_CHILD.has(w) || YEAR.test(w) || (isNew && (w === 'he' || w === 'she')));
}

export interface Reading {
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

export function readAge(ws: string[], r: Reading, ranges: ReadonlySet<string> = new Set()): Age | undefined {
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
      if (re.test(ws[i]!)) {
        if (max <= 1 && babyIsSibling(ws, i)) continue;
        return { min, max, phrase: ws[i]! };
      }
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

function take(ws: string[], r: Reading, from: number, to: number, min: number, max: number): Age | undefined {
  for (let k = from; k <= to; k++) r.consumed.add(k);
  if (min > 25 || max > 25 || min > max) return undefined;
  return { min, max, phrase: ws.slice(from, to + 1).join(' ') };
}
