/**
 * The synonym table both engines use: built once from the reviewed groups, the directory's word forms and what
 * the needs vocabulary implies. Meilisearch is given it in its settings; the embedded engine reads queries with
 * it (query-words.ts). Apart from words.ts because it is built from content, where tokens are fixed rules.
 */

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
