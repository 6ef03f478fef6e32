/**
 * Words, as both engines treat them: tokens, stop words, typo budgets and synonyms. Meilisearch gets the same
 * stop words and synonyms in its settings; the embedded engine applies them here.
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

/** Synonyms as Meilisearch takes them: a word or phrase (lower case) → its equivalents. */
export type Synonyms = Record<string, string[]>;

export interface ReviewedSynonyms {
  /** Each group's terms all mean the same. */
  groups: string[][];
  /** Words and acronyms that must be matched exactly, with no typo tolerance. */
  exact: string[];
}

/**
 * All synonyms: the reviewed groups, the word forms the directory uses of one stem ("eviction", "evictions"),
 * plus what the needs vocabulary implies: a label's acronym in brackets
 * means the label ("SEND" ↔ "special educational needs and disabilities"), and a hyphenated phrase is the
 * same as its spaced and joined-up forms ("co-parenting", "co parenting", "coparenting").
 */
export function buildSynonyms(
  needs: readonly { label: string; phrases: readonly string[] }[],
  reviewed: ReviewedSynonyms,
  wordForms: readonly (readonly string[])[] = [],
): Synonyms {
  // Word forms (query understanding's stems, from the directory's own text) join up like reviewed groups.
  const groups: string[][] = [...reviewed.groups.map((g) => g.map(normalisePhrase)), ...wordForms.map((g) => [...g])];
  for (const need of needs) {
    const m = /^(.*?)\s*\(([A-Za-z]{2,8})\)\s*$/.exec(need.label);
    if (m) groups.push([normalisePhrase(m[2]!), normalisePhrase(m[1]!)]);
    for (const phrase of need.phrases) {
      if (phrase.includes('-') && !/\d/.test(phrase)) {
        const p = normalisePhrase(phrase);
        groups.push([p, p.replace(/-/g, ' '), p.replace(/-/g, '')]);
      }
    }
  }
  const out = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.filter((t) => t !== ''))];
    for (const t of terms) {
      const set = out.get(t) ?? new Set<string>();
      for (const u of terms) if (u !== t) set.add(u);
      out.set(t, set);
    }
  }
  return Object.fromEntries(
    [...out]
      .filter(([, v]) => v.size > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, [...v].sort()]),
  );
}

function normalisePhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Synonyms tokenised once, not on every search, and found by their first word. Keys keep their order in
 * `synonyms`, so a query's words come out in the same order as if every key were tried in turn.
 */
const tokenisedSynonyms = new WeakMap<Synonyms, Map<string, { words: string[]; alternatives: string[] }[]>>();
function synonymsByFirstWord(synonyms: Synonyms) {
  let byFirst = tokenisedSynonyms.get(synonyms);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [key, equivalents] of Object.entries(synonyms)) {
    const words = tokenise(key);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    // A synonym of several words stays one phrase ("child minder"): split into words it would let "child"
    // alone stand for "childminder", which Meilisearch (matching it as a phrase) never does.
    list.push({ words, alternatives: equivalents.map((e) => tokenise(e).join(' ')).filter((e) => e !== '') });
    byFirst.set(words[0]!, list);
  }
  tokenisedSynonyms.set(synonyms, byFirst);
  return byFirst;
}

/**
 * The query as groups of alternative words. Each group is one word the person typed; a document "has" that
 * word when it has any alternative of the group. Synonyms add their alternatives to the groups of the words
 * they replace, so "DV" also finds "domestic abuse"; an alternative of several words (space-separated,
 * stop words left out) is a phrase, which a document has only when it has all of its words.
 */
export function queryWordGroups(text: string, synonyms: Synonyms, stopWords: ReadonlySet<string>): string[][] {
  const { groups, spans } = queryWords(text, synonyms, stopWords);
  const out = groups.map((g) => new Set(g));
  for (const s of spans) for (let g = s.from; g <= s.to; g++) for (const a of s.alternatives) out[g]!.add(a);
  return out.map((g) => [...g]);
}

/** Alternatives that stand for several typed words at once: groups `from` to `to` (inclusive). */
export interface WordSpan {
  from: number;
  to: number;
  alternatives: string[];
}

/**
 * The query as Meilisearch reads it (measured on 1.50): per typed word (stop words out, unless that leaves
 * none), the word and its synonyms; and spans, alternatives that stand for several typed words together, i.e.
 * two neighbours joined up ("cyber bullying" as "cyberbullying") or the synonyms of a phrase ("special needs"
 * as "SEND"). A span matches all its words or none, and counts as a typo for each.
 */
export function queryWords(text: string, synonyms: Synonyms, stopWords: ReadonlySet<string>): { groups: string[][]; spans: WordSpan[] } {
  const tokens = tokenise(text);
  // Stop words only drop out when other words remain, so "the" alone still searches.
  const keptAt = tokens.map((_, i) => i).filter((i) => !stopWords.has(tokens[i]!));
  const at = keptAt.length > 0 ? keptAt : tokens.map((_, i) => i);
  const groupOf = new Map(at.map((t, g) => [t, g]));
  const groups = at.map((i) => new Set([tokens[i]!]));
  const spans: WordSpan[] = [];
  const byFirstWord = synonymsByFirstWord(synonyms);
  for (let i = 0; i < tokens.length; i++) {
    for (const { words, alternatives } of byFirstWord.get(tokens[i]!) ?? []) {
      if (words.length > tokens.length - i || words.some((w, j) => tokens[i + j] !== w)) continue;
      const kept = alternatives
        .map((a) =>
          a
            .split(' ')
            .filter((w) => !stopWords.has(w))
            .join(' '),
        )
        .filter((a) => a !== '');
      const covered = words.map((_, j) => groupOf.get(i + j)).filter((g) => g !== undefined);
      if (covered.length === 0) continue;
      if (covered.length === 1) for (const w of kept) groups[covered[0]!]!.add(w);
      else spans.push({ from: covered[0]!, to: covered[covered.length - 1]!, alternatives: kept });
    }
  }
  // Two words typed apart may be one word in a listing ("cyber bullying", "cyberbullying"): like
  // Meilisearch, try each pair of neighbouring words joined up too.
  // Only true neighbours: not across a stop word or a full stop, comma and the like. Not two numbers ("1 1"
  // as "11"): with typos off on numbers (meilisearch-settings.ts) Meilisearch never joins them.
  const places = positionedWords(text).map((w) => w.at);
  for (let k = 0; k + 1 < at.length; k++) {
    const joined = tokens[at[k]!]! + tokens[at[k + 1]!]!;
    if (at[k + 1]! !== at[k]! + 1 || places[at[k + 1]!]! !== places[at[k]!]! + 1 || /^\d+$/.test(joined)) continue;
    // The joined-up word brings its own synonyms, as Meilisearch gives them ("childminder": "childminding").
    const own = (byFirstWord.get(joined) ?? []).filter((e) => e.words.length === 1).flatMap((e) => e.alternatives);
    const alternatives = [
      joined,
      ...own
        .map((a) =>
          a
            .split(' ')
            .filter((w) => !stopWords.has(w))
            .join(' '),
        )
        .filter((a) => a !== '' && a !== joined),
    ];
    spans.push({ from: k, to: k + 1, alternatives: [...new Set(alternatives)] });
  }
  // One span per stretch of words, with every alternative for it.
  const merged = new Map<string, WordSpan>();
  for (const sp of spans) {
    const key = `${sp.from}-${sp.to}`;
    const m = merged.get(key);
    if (m) m.alternatives = [...new Set([...m.alternatives, ...sp.alternatives])];
    else merged.set(key, { ...sp, alternatives: [...sp.alternatives] });
  }
  return { groups: groups.map((g) => [...g]), spans: [...merged.values()] };
}
