import { describe, expect, it } from 'vitest';
import { searchEmbedded } from './embedded.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from './embedded-index.ts';
import { PHRASE_CASES, PHRASE_STOP_WORDS, PHRASE_SYNONYMS } from './phrase-cases.ts';
import { phraseMisses, synonymPhrases } from './phrases.ts';
import { parseQuery } from './query.ts';
import type { SearchDocument } from './search-document.ts';
import { TEST_DOC_BASE } from './test-docs.ts';
import { tokenise } from './words.ts';

const stop = new Set(PHRASE_STOP_WORDS);

/** One document per case, its fields as the case's first two searchable fields (as in the Meilisearch test). */
const docs: SearchDocument[] = PHRASE_CASES.map((c, i) => ({
  ...TEST_DOC_BASE,
  summary: '',
  organization: '',
  needLabels: [],
  venueName: '',
  town: '',
  postcode: '',
  id: `case__${i}`,
  serviceId: `case/${i}`,
  venue: 0,
  name: typeof c.fields[0] === 'string' ? c.fields[0] : '',
  ...(Array.isArray(c.fields[0]) ? { needLabels: c.fields[0] } : {}),
  ...(c.fields[1] !== undefined ? { summary: String(c.fields[1]) } : {}),
  tiebreak: i,
}));
const index = loadEmbeddedIndex(buildEmbeddedIndex(docs, { synonyms: PHRASE_SYNONYMS, exact: [], stopWords: PHRASE_STOP_WORDS }));
const ctx = { needIds: [], localityIds: [], accessRouteIds: [], languageIds: [], areaName: 'Doncaster', geocode: () => undefined };

describe('synonym phrases and words, as Meilisearch matches them, on the embedded engine', () => {
  it.each(PHRASE_CASES.map((c, id) => ({ ...c, id })))('$q in $fields: $found ($why)', ({ q, id, found }) => {
    const { query } = parseQuery(new URLSearchParams({ q, size: '50' }), ctx as never);
    const services = searchEmbedded(index, query).hits.map((h) => h.serviceId);
    expect(services.includes(`case/${id}`)).toBe(found);
  });

  it('lists the phrases as the word groups hold them, stop words out', () => {
    expect(synonymPhrases(PHRASE_SYNONYMS, stop)).toEqual(['child adolescent mental health', 'mental health']);
  });

  it('names only the documents with the words but not the phrase', () => {
    const texts = [['mental health'], ['mental ill health'], ['physical health']];
    const words = texts.map((d) => new Set(tokenise(d.join(' '))));
    expect(phraseMisses(['mental health'], texts, (i, w) => words[i]!.has(w))).toEqual({ 'mental health': [1] });
  });
});
