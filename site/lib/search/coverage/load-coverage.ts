/**
 * Node only (reads files): the coverage report for a content directory, counted by the embedded search
 * engine over the same search documents the site serves. The report script uses it; the site's pages use
 * the site's own built index instead (site/lib/search-build.ts), which is made from the same documents.
 */
import { loadSearchSetup } from '../load-setup.ts';
import { searchEmbedded } from '../embedded.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../embedded-index.ts';
import type { Directory } from '../../../../content/lib/load-directory.ts';
import { buildCoverage, type CoverageReport, type CoverageSearch } from './coverage.ts';

export interface LoadedCoverage {
  report: CoverageReport;
  directory: Directory;
  search: CoverageSearch;
}

export function loadCoverage(contentDir: string, options: { today?: string; root?: string } = {}): LoadedCoverage {
  const setup = loadSearchSetup(contentDir, options);
  const index = loadEmbeddedIndex(JSON.parse(JSON.stringify(buildEmbeddedIndex(setup.docs, setup.words))));
  const search: CoverageSearch = (q) => searchEmbedded(index, q);
  const { vocab } = setup.directory;
  const report = buildCoverage({
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label, ages: n.ages })),
    localities: vocab.localities.map((l) => ({ id: l.id, name: l.name })),
    search,
  });
  return { report, directory: setup.directory, search };
}
