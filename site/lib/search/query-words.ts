/**
 * A query's words as Meilisearch reads them (measured on 1.50), for the embedded engine to match the same way:
 * groups of alternatives per typed word, and spans for what stands for several typed words at once (a phrase's
 * synonyms, two neighbours joined up). Apart from the synonym table (synonyms.ts), which both engines are given:
 * this reading is the embedded engine's own copy of what Meilisearch does with it.
 */
import type { Synonyms } from './synonyms.ts';
import { positionedWords, tokenise } from './words.ts';

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
