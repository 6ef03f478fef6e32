/**
 * Urgent-help signposts: which urgent topics (content/vocabularies/urgent-help.yaml, their words in urgent-triggers/) a search's words point to.
 * Separate from query understanding's need phrases (its topics join the ranking only through urgentNeeds, ADR 16),
 * and deliberately generous: it reads
 * the raw words a frightened person typed, ignores negation ("he doesn't hit me any more" still shows the
 * domestic abuse panel), tolerates word order (combinations need one word from each slot, anywhere), plural and
 * "he does" endings ("threatens" for "threaten") and small typing slips in long words. Pure and browser-safe: the search page runs it on every query, on both engines,
 * before and whatever the results.
 */
import { droppedG, normaliseForSignposts, unstretched } from './signpost-normalise.ts';
import { addTo, undouble, UNDOUBLE_MIN_LENGTH, type Word, wordMatch, WordTable } from './signpost-words.ts';
import type { UrgentHelp, UrgentTopicId } from '../../../content/schema/urgent-help.ts';

/** The part of urgent-help.yaml the matcher needs: small enough to hand to the search page's island. */
export type SignpostTriggers = Pick<UrgentHelp, 'sets' | 'notTypos'> & {
  topics: { id: UrgentTopicId; triggers: UrgentHelp['topics'][number]['triggers'] }[];
};

/** A run of words, one per distinct pattern in the file, and the slots (word lists) it stands in. */
interface Sequence {
  words: Word[];
  slots: number[];
}
interface Combination {
  /** Slot numbers: one of each slot's sequences must occur. */
  slots: number[];
  except: number;
}
interface CompiledTopic {
  id: UrgentTopicId;
  phrases: number;
  combinations: Combination[];
}
export interface Signposter {
  /** Topic ids in the file's order (its order of urgency); [] for an ordinary search. */
  match(text: string): UrgentTopicId[];
  /**
   * Topics whose words a search has but an except list kept quiet on ("my sons inhaler has gone missing"): the
   * word model (signpost-model.ts) does not show these either, as the lists already judged the search.
   */
  stopped?(text: string): UrgentTopicId[];
  /**
   * Topics the lists nearly show: a combination of three slots or more has a word from every slot but one, and no
   * except word ("my 15 year old sister goes to flats with older men" has the girl and the men, not the words for
   * what happens there). The word model (signpost-model.ts) needs only even odds to show these. Not a combination of
   * two slots: one word of two is what everyday searches share with danger (on the held-out half, two-slot
   * combinations added 3 found and 3 false alarms; three-slot ones 68 found and 6 false alarms).
   */
  near?(text: string): UrgentTopicId[];
}

/** How a token matched a listed word (bits of a run's and a slot's finding). */
const AS_TYPED = 2;
const SLIP = 1;

export function compileSignposts(triggers: SignpostTriggers): Signposter {
  // The same word appears in many lists ("me", "my", "hit*") and the same run of words in many slots: each is
  // compiled once, and a search finds the runs from the words its tokens match, not by trying every run.
  const words = new Map<string, Word>();
  const table = new WordTable();
  const sequences = new Map<string, Sequence>();
  // One-word runs by their word; longer runs by their first two words, so a common first word ("my") leads only
  // to the runs whose second word follows it too.
  const single = new Map<number, Sequence[]>();
  const byFirstTwo = new Map<number, Map<number, Sequence[]>>();
  const notTypos = new Set(triggers.notTypos);
  let slotCount = 0;
  const word = (w: string): Word => {
    let found = words.get(w);
    if (!found) {
      const text = w.endsWith('*') ? w.slice(0, -1) : w;
      const undoubled = text.length >= UNDOUBLE_MIN_LENGTH ? undouble(text) : undefined;
      found = { text, prefix: w.endsWith('*'), undoubled, id: words.size };
      words.set(w, found);
      table.add(found);
    }
    return found;
  };
  const sequence = (pattern: string): Sequence => {
    let seq = sequences.get(pattern);
    if (!seq) {
      seq = { words: pattern.split(' ').map(word), slots: [] };
      sequences.set(pattern, seq);
      const [first, second] = seq.words;
      if (second === undefined) addTo(single, first!.id, seq);
      else {
        let next = byFirstTwo.get(first!.id);
        if (!next) byFirstTwo.set(first!.id, (next = new Map()));
        addTo(next, second.id, seq);
      }
    }
    return seq;
  };
  const newSlot = (patterns: readonly string[]): number => {
    const id = slotCount++;
    for (const p of new Set(patterns)) sequence(p).slots.push(id);
    return id;
  };
  // A named set ($partner) is one slot, shared by every combination that names it.
  const sets = new Map(Object.entries(triggers.sets).map(([name, list]) => [name, newSlot(list)]));
  // An except list may name sets too ($school-life): their words join its own.
  const exceptWords = (except: readonly string[]) =>
    except.flatMap((e) => {
      if (!e.startsWith('$')) return [e];
      const list = triggers.sets[e.slice(1)];
      if (!list) throw new Error(`urgent-triggers: no word set called ${e}`);
      return list;
    });
  const slot = (s: string | string[]): number => {
    if (typeof s !== 'string') return newSlot(s);
    const set = sets.get(s.slice(1));
    // The schema checks every $name; this guards a caller that skipped it.
    if (set === undefined) throw new Error(`urgent-triggers: no word set called ${s}`);
    return set;
  };
  const topics: CompiledTopic[] = triggers.topics.map((t) => ({
    id: t.id,
    phrases: newSlot(t.triggers.phrases),
    combinations: t.triggers.combinations.map((c) => ({ slots: c.all.map(slot), except: newSlot(exceptWords(c.except)) })),
  }));
  // The search page asks twice for the same words (its panel, then query understanding): the last answer is kept.
  let last: { text: string; ids: UrgentTopicId[]; stopped: UrgentTopicId[]; near: UrgentTopicId[] } | undefined;
  const read = (text: string) => {
    if (last?.text !== text) last = { text, ...matchOnce(text) };
    return last;
  };
  return {
    match: (text) => [...read(text).ids],
    stopped: (text) => [...read(text).stopped],
    near: (text) => [...read(text).near],
  };

  function matchOnce(text: string): { ids: UrgentTopicId[]; stopped: UrgentTopicId[]; near: UrgentTopicId[] } {
    const tokens = normaliseForSignposts(text).split(' ').filter(Boolean);
    if (tokens.length === 0) return { ids: [], stopped: [], near: [] };
    // The words each token matches, as typed (with a held-down letter read as one or two: unstretched) and, for a
    // word that may have lost its g ("stalkin", "chokin"), with it back (the lists and their except words then
    // need only the -ing spelling): AS_TYPED when it is the word (or its -s or -es form), SLIP when only as a
    // typing slip of it or with a loose -es ("hid" in "hides": danger is read in it, an except word is not).
    const matched = tokens.map((token) => {
      const ids = new Map<number, number>();
      for (const form of [token, ...unstretched(token)].flatMap((t) => (droppedG(t) ? [t, `${t}g`] : [t]))) {
        const formUndoubled = undouble(form);
        const fuzzy = !notTypos.has(form);
        for (const w of table.candidates(form, formUndoubled, fuzzy)) {
          // A word already matched needs no slip reading: a slip adds nothing to what it has.
          const how = wordMatch(form, formUndoubled, w, fuzzy && !ids.has(w.id));
          if (how) ids.set(w.id, (ids.get(w.id) ?? 0) | (how === 'typed' ? AS_TYPED | SLIP : SLIP));
        }
      }
      return ids;
    });
    // The runs that occur: each starts at a token with its first word and goes on word by word. A run is found
    // AS_TYPED only when every one of its words is.
    const slotFound = new Uint8Array(slotCount);
    const found = (seq: Sequence, how: number) => {
      for (const sl of seq.slots) slotFound[sl]! |= how;
    };
    matched.forEach((ids, i) => {
      const nextIds = matched[i + 1];
      for (const [id, how] of ids) {
        for (const seq of single.get(id) ?? []) found(seq, how);
        const pairs = byFirstTwo.get(id);
        if (!pairs || !nextIds) continue;
        for (const [second, how2] of nextIds) {
          for (const seq of pairs.get(second) ?? []) {
            if (i + seq.words.length > tokens.length) continue;
            let k = 2;
            let runHow = how & how2;
            while (k < seq.words.length) {
              const h = matched[i + k]!.get(seq.words[k]!.id);
              if (h === undefined) break;
              runHow &= h;
              k++;
            }
            if (k === seq.words.length) found(seq, runHow);
          }
        }
      }
    });
    // Except words stop a combination only as typed: a slip is read generously towards danger, never away from it
    // ("honour" is not a slip of the except word "honours").
    const stops = (c: Combination) => (slotFound[c.except]! & AS_TYPED) !== 0;
    const ids = topics
      .filter((t) => slotFound[t.phrases] || t.combinations.some((c) => !stops(c) && c.slots.every((sl) => slotFound[sl])))
      .map((t) => t.id);
    const stopped = topics
      .filter((t) => !ids.includes(t.id) && t.combinations.some((c) => stops(c) && c.slots.every((sl) => slotFound[sl])))
      .map((t) => t.id);
    const missingOne = (c: Combination) => {
      let missing = 0;
      for (const sl of c.slots) if (!slotFound[sl] && ++missing > 1) return false;
      return missing === 1;
    };
    const near = topics
      .filter((t) => !ids.includes(t.id) && t.combinations.some((c) => c.slots.length >= 3 && !stops(c) && missingOne(c)))
      .map((t) => t.id);
    return { ids, stopped, near };
  }
}

/** The matcher's share of the file, for the search page's island (no helpline text, which the page renders). */
export function signpostTriggers(file: UrgentHelp): SignpostTriggers {
  return { sets: file.sets, notTypos: file.notTypos, topics: file.topics.map((t) => ({ id: t.id, triggers: t.triggers })) };
}

/**
 * The needs a search's urgent-help panels stand for (each topic's `need_pages` in urgent-help.yaml), in the
 * panels' order, each once: query understanding adds them to the needs the phrases read (ADR 16).
 */
export function urgentNeeds(signposter: Signposter, needPages: ReadonlyMap<UrgentTopicId, readonly string[]>): (text: string) => string[] {
  return (text) => [...new Set(signposter.match(text).flatMap((id) => needPages.get(id) ?? []))];
}

/**
 * A matcher that already knows its answers: the search page asks its Web Worker which panels a search's words
 * show (site/islands/signpost-service.ts), then hands query understanding these answers through urgentNeeds.
 * Words it was not told about show no panel.
 */
export function answeredSignposter(answers: ReadonlyMap<string, readonly UrgentTopicId[]>): Signposter {
  return { match: (text) => [...(answers.get(text) ?? [])] };
}
