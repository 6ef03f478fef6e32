import { describe, expect, it } from 'vitest';
import { PHRASE_CASES, PHRASE_STOP_WORDS, PHRASE_SYNONYMS } from './phrase-cases.ts';
import { phraseMisses, synonymPhrases } from './phrases.ts';
import { queryWordGroups, tokenise } from './words.ts';

const stop = new Set(PHRASE_STOP_WORDS);

/** One case as the embedded engine decides it: a word group matches when one alternative does. */
function found(q: string, fields: (string | string[])[]): boolean {
  const words = new Set(fields.flatMap((f) => tokenise(typeof f === 'string' ? f : f.join(' '))));
  const misses = phraseMisses(synonymPhrases(PHRASE_SYNONYMS, stop), [fields], (_i, w) => words.has(w));
  return queryWordGroups(q, PHRASE_SYNONYMS, stop).every((group) =>
    group.some((alt) => alt.split(' ').every((w) => words.has(w)) && !(alt.includes(' ') && misses[alt]?.includes(0))),
  );
}

describe('synonym phrases and words, as Meilisearch matches them', () => {
  it.each(PHRASE_CASES)('$q in $fields: $found ($why)', ({ q, fields, found: expected }) => {
    expect(found(q, fields)).toBe(expected);
  });

  it('lists the phrases as the word groups hold them, stop words out', () => {
    expect(synonymPhrases(PHRASE_SYNONYMS, stop)).toEqual(['child adolescent mental health', 'mental health']);
  });

  it('names only the documents with the words but not the phrase', () => {
    const docs = [['mental health'], ['mental ill health'], ['physical health']];
    const words = docs.map((d) => new Set(tokenise(d.join(' '))));
    expect(phraseMisses(['mental health'], docs, (i, w) => words[i]!.has(w))).toEqual({ 'mental health': [1] });
  });
});
