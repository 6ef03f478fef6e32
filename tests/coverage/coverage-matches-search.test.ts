import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoverage } from '../../site/lib/search/coverage/load-coverage.ts';
import { cellSearchUrl } from '../../site/lib/search/coverage/search-link.ts';
import { loadSearchSetup } from '../../site/lib/search/load-setup.ts';
import { searchEmbedded } from '../../site/lib/search/embedded.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../../site/lib/search/embedded-index.ts';
import { parseQuery } from '../../site/lib/search/query.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');

/**
 * The rule: every coverage figure equals what search returns for the same filters. Each figure is
 * checked the way a person would check it: open the search page address the report links the figure to
 * (parsed by the search page's own parser), and count the services search lists, on a separately built index.
 */
describe('coverage over the example directory equals search, for every cell', () => {
  const { report, directory } = loadCoverage(CONTENT, { root: ROOT });
  const setup = loadSearchSetup(CONTENT, { root: ROOT });
  const index = loadEmbeddedIndex(JSON.stringify(buildEmbeddedIndex(setup.docs, setup.words)));
  const countAt = (url: string) => {
    const { query, errors } = parseQuery(new URLSearchParams(url.split('?')[1]), setup.ctx);
    expect(errors, url).toEqual([]);
    // Every matching service, not one page of them.
    return searchEmbedded(index, { ...query, size: 100_000 }).total;
  };

  it('covers every need in every locality', () => {
    expect(report.cells).toHaveLength(directory.vocab.needs.length * directory.vocab.localities.length);
    expect(report.cells.some((c) => c.services > 0)).toBe(true);
  });

  it('has the same total, level and age band figures as the search page', () => {
    const mismatches: string[] = [];
    const check = (figure: number, url: string) => {
      const found = countAt(url);
      if (found !== figure) mismatches.push(`${url}: report ${figure}, search ${found}`);
    };
    for (const c of report.cells) {
      check(c.services, cellSearchUrl(c.need, c.locality));
      for (const level of report.levels) check(c.byLevel[level], cellSearchUrl(c.need, c.locality, { level }));
      for (const band of report.bands) check(c.byAge[band.id] ?? 0, cellSearchUrl(c.need, c.locality, { band: band.id }));
    }
    for (const need of report.needs) check(report.boroughTotals[need.id]!, cellSearchUrl(need.id, undefined));
    expect(mismatches).toEqual([]);
  });

  it('counts, borough-wide, exactly the listings that are active and not lapsed (a count made without search)', () => {
    for (const need of report.needs) {
      const listed = directory.listings.filter(
        (l) => l.listing.status === 'active' && l.review.state !== 'lapsed' && l.listing.needs.includes(need.id),
      );
      expect(report.boroughTotals[need.id], need.id).toBe(listed.length);
      for (const loc of report.localities) {
        const here = listed.filter((l) => l.localitiesServed.includes(loc.id)).length;
        expect(report.cells.find((c) => c.need === need.id && c.locality === loc.id)!.services, `${need.id} in ${loc.id}`).toBe(here);
      }
    }
  });
});
