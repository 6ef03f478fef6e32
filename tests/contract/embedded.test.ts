/** The contract suite on the embedded engine. Always runs. */
import { describe, expect, it } from 'vitest';
import { searchEmbedded } from '../../site/lib/search/embedded.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../../site/lib/search/embedded-index.ts';
import { parseQuery } from '../../site/lib/search/query.ts';
import { loadFixture } from './fixture.ts';
import { CONTRACT, contractFailures } from './search-contract.ts';

const fixture = loadFixture();
const { needs: _needs, ...wordsWithoutNeeds } = fixture.words;

// Need labels and phrases are indexed once per need when the vocabulary is given (the production build),
// or on every document otherwise; both must answer the contract the same way.
describe.each([
  ['need text indexed once per need', fixture.words],
  ['need text indexed on every document', wordsWithoutNeeds],
])('search contract: embedded engine (MiniSearch), %s', (_name, words) => {
  // Through JSON, as the browser gets it.
  const index = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(fixture.docs, words)));

  it.each(CONTRACT)('$name', (c) => {
    const { query, errors } = parseQuery(new URLSearchParams(c.params), fixture.ctx);
    expect(errors).toEqual([]);
    expect(contractFailures(c, searchEmbedded(index, query))).toEqual([]);
  });
});
