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
import type { DayChoice, Query } from '../query.ts';
import { detectNeeds, type Lexicon, type NeedIntent } from './lexicon.ts';
import type { NeedGuesser } from './need-guess.ts';
import { dashRanges, readAge, type Age, type Reading } from './read-age.ts';
import { readDay, readFree } from './read-day-and-cost.ts';
import { ownFeelings } from './whose-feelings.ts';
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
  /**
   * The needs whose pages carry the urgent-help panels the words show (urgentNeeds in signposts.ts): they join
   * the needs the phrases read, so a search that tells of danger ranks help with that danger near the top ("he
   * broke my phone so i couldnt call anyone": domestic abuse). None (the trigger words not loaded) skips this.
   */
  urgentNeeds?: (text: string) => readonly string[];
}

/** The parts of an understanding a person can undo; `need:<id>` undoes one need. */
export type PartKey = 'age' | 'day' | 'free' | 'place' | `need:${string}`;

export interface Understanding {
  /** The words for the engines: filler and the words read as structure left out, forms as the directory writes them. */
  text: string;
  age?: Age;
  day?: { day: DayChoice; phrase: string };
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
  const left = ws.filter((_, i) => !r.consumed.has(i));
  // The words show an urgent-help panel: the needs of that panel's pages join what the phrases read (after
  // them: a phrase is reviewed per need), and fill in when no phrase matched, before any guess. The trigger words
  // are written for danger told in every way ("he broke my phone so i couldnt call anyone"); the phrases may
  // have read only an everyday need there ("broke": money).
  if (ctx.urgentNeeds) {
    const phrase = left.join(' ');
    const have = new Set(out.needs.map((n) => n.needId));
    const urgent = ctx.urgentNeeds(q).filter((n) => !have.has(n) && !off.has(`need:${n}`));
    out.needs = [...out.needs, ...urgent.map((needId) => ({ needId, score: 1, phrase }))].slice(0, MAX_NEEDS);
  }
  // No phrase matched at all and no panel shows: the need the words most likely point to, from the words not
  // read as an age, a day or a place ("my lad games all night in his room"), unless it was undone.
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
