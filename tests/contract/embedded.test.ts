/** The contract suite on the embedded engine. Always runs. */
import { describe, expect, it } from 'vitest';
import { buildEmbeddedIndex, loadEmbeddedIndex, searchEmbedded } from '../../site/lib/search/embedded.ts';
import { parseQuery } from '../../site/lib/search/query.ts';
import { loadFixture } from './fixture.ts';
import { CONTRACT, contractFailures } from './search-contract.ts';

describe('search contract: embedded engine (MiniSearch)', () => {
  const fixture = loadFixture();
  // Through JSON, as the browser gets it.
  const index = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(fixture.docs, fixture.words)));

  it.each(CONTRACT)('$name', (c) => {
    const { query, errors } = parseQuery(new URLSearchParams(c.params), fixture.ctx);
    expect(errors).toEqual([]);
    expect(contractFailures(c, searchEmbedded(index, query))).toEqual([]);
  });
});
