/**
 * The urgent-help trigger words as the search page downloads them (/search-signposts.json): every distinct word
 * once, in a table, and each list of words as one string of word numbers. The lists repeat the same few
 * thousand words tens of thousands of times, further apart than gzip looks back, so naming each word once keeps
 * the file a phone fetches before its first panel can show about a tenth smaller. Pure: the build packs, the
 * page unpacks, and what comes out is exactly what went in (signpost-pack.test.ts).
 */
import type { SignpostTriggers } from './signposts.ts';

export const PACKED_SIGNPOSTS_FORMAT = 1;

/**
 * A list packed as one string: its items joined by ",", each a named word set ("$partner", in an except list)
 * or a run of words written as their numbers in the table (base 36) joined by ".".
 */
type PackedList = string;

export interface PackedSignposts {
  format: typeof PACKED_SIGNPOSTS_FORMAT;
  /** Every word of every list, the most used first (so the commonest take the shortest numbers). */
  words: string[];
  sets: Record<string, PackedList>;
  notTypos: string[];
  topics: {
    id: SignpostTriggers['topics'][number]['id'];
    phrases: PackedList;
    /** Each combination: its slots (a named set as "$name", or a packed list), then its except list. */
    combinations: [slots: PackedList[], except: PackedList][];
  }[];
}

const isSetName = (s: string) => s.startsWith('$');

/** Every list of words in the triggers, each pattern once per use. */
function eachPattern(t: SignpostTriggers, visit: (pattern: string) => void) {
  const list = (xs: readonly string[]) => {
    for (const x of xs) if (!isSetName(x)) visit(x);
  };
  for (const words of Object.values(t.sets)) list(words);
  for (const topic of t.topics) {
    list(topic.triggers.phrases);
    for (const c of topic.triggers.combinations) {
      for (const slot of c.all) if (typeof slot !== 'string') list(slot);
      list(c.except);
    }
  }
}

export function packSignposts(t: SignpostTriggers): PackedSignposts {
  const uses = new Map<string, number>();
  eachPattern(t, (p) => {
    for (const w of p.split(' ')) uses.set(w, (uses.get(w) ?? 0) + 1);
  });
  // Most used first; equal use in first-seen order, so the same words always pack the same way.
  const words = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!);
  const number = new Map(words.map((w, i) => [w, i.toString(36)]));
  const list = (xs: readonly string[]): PackedList =>
    xs
      .map((x) =>
        isSetName(x)
          ? x
          : x
              .split(' ')
              .map((w) => number.get(w)!)
              .join('.'),
      )
      .join(',');
  return {
    format: PACKED_SIGNPOSTS_FORMAT,
    words,
    sets: Object.fromEntries(Object.entries(t.sets).map(([name, xs]) => [name, list(xs)])),
    notTypos: [...t.notTypos],
    topics: t.topics.map((topic) => ({
      id: topic.id,
      phrases: list(topic.triggers.phrases),
      combinations: topic.triggers.combinations.map((c) => [c.all.map((slot) => (typeof slot === 'string' ? slot : list(slot))), list(c.except)]),
    })),
  };
}

export function unpackSignposts(p: PackedSignposts): SignpostTriggers {
  if (p.format !== PACKED_SIGNPOSTS_FORMAT)
    throw new Error(
      `The urgent-help words file has format ${String(p.format)}, but this site reads format ${PACKED_SIGNPOSTS_FORMAT}. Rebuild the site.`,
    );
  const list = (s: PackedList): string[] =>
    s === ''
      ? []
      : s.split(',').map((x) =>
          isSetName(x)
            ? x
            : x
                .split('.')
                .map((n) => p.words[Number.parseInt(n, 36)]!)
                .join(' '),
        );
  return {
    sets: Object.fromEntries(Object.entries(p.sets).map(([name, s]) => [name, list(s)])),
    notTypos: p.notTypos,
    topics: p.topics.map((topic) => ({
      id: topic.id,
      triggers: {
        phrases: list(topic.phrases),
        // A slot naming a set stays its name; any other slot is a list (never empty, so never "").
        combinations: topic.combinations.map(([slots, except]) => ({ all: slots.map((s) => (isSetName(s) ? s : list(s))), except: list(except) })),
      },
    })),
  };
}
