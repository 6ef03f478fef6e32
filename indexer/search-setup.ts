/**
 * Everything search needs from a content directory, loaded once (Node only: the CLI, the site build, tests
 * and benchmarks). The pure pieces it joins live in search-document.ts, meilisearch-settings.ts and
 * site/lib/search/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Settings } from 'meilisearch';
import { loadDirectory, type Directory } from '../content/lib/load-directory.ts';
import type { Vocabularies } from '../content/lib/vocabularies.ts';
import type { WordSettings } from '../site/lib/search/embedded.ts';
import { buildSynonyms, STOP_WORDS, type ReviewedSynonyms } from '../site/lib/search/filters.ts';
import { boundsOf, geocode, shapeDistrictTables, type DistrictTables } from '../site/lib/search/geocode.ts';
import type { QueryContext } from '../site/lib/search/query.ts';
import { loadReviewedSynonyms, meilisearchSettings } from './meilisearch-settings.ts';
import { toSearchDocuments, type SearchDocument } from './search-document.ts';
import { loadNeedPhrases } from '../content/lib/need-phrases.ts';
import { buildUnderstandingPack, directoryWordForms, documentTexts, loadUnderstanding, type UnderstandingPack } from '../site/lib/search/understand/pack.ts';
import type { UnderstandContext } from '../site/lib/search/understand/understand.ts';

export interface SearchSetup {
  directory: Directory;
  /** What query understanding knows about this directory (served to the site as JSON). */
  understanding: UnderstandingPack;
  understand: UnderstandContext;
  docs: SearchDocument[];
  settings: Settings;
  words: WordSettings;
  districts: DistrictTables;
  ctx: QueryContext;
}

/** The words both engines share: synonyms (reviewed + from the needs), exact words, stop words. */
export function wordSettings(vocab: Pick<Vocabularies, 'needs'>, reviewed: ReviewedSynonyms, wordForms: readonly (readonly string[])[] = []): WordSettings {
  return {
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label, phrases: n.phrases })),
    synonyms: buildSynonyms(vocab.needs, reviewed, wordForms),
    exact: [...new Set(reviewed.exact)].sort(),
    stopWords: [...STOP_WORDS],
  };
}

/** The query context for a directory: its vocabulary ids, and a geocoder over every postcode district. */
export function queryContext(vocab: Vocabularies, areaName: string, districts: DistrictTables): QueryContext {
  return {
    needIds: vocab.needs.map((n) => n.id),
    localityIds: vocab.localities.map((l) => l.id),
    accessRouteIds: vocab.accessRoutes.map((a) => a.id),
    languageIds: vocab.languages.map((l) => l.id),
    areaName,
    geocode: (text) => geocode(text, districts, areaName),
    bounds: boundsOf(districts),
  };
}

/** The understanding pack for a directory: its need phrases, places and word forms. */
export function understandingPackFor(contentDir: string, directory: Pick<Directory, 'vocab' | 'council'>, docs: readonly SearchDocument[]): UnderstandingPack {
  const { vocab, council } = directory;
  return buildUnderstandingPack({
    needPhrases: loadNeedPhrases(contentDir, vocab.needs.map((n) => n.id)),
    localities: vocab.localities,
    hubs: vocab.hubs,
    areaName: council.area_name,
    texts: documentTexts(docs),
  });
}

export function loadSearchSetup(contentDir: string, options: { today?: string; root?: string } = {}): SearchSetup {
  const dir = resolve(contentDir);
  const directory = loadDirectory({ contentDir: dir, root: options.root ?? process.cwd(), ...(options.today ? { today: options.today } : {}) });
  const reviewed = loadReviewedSynonyms(dir);
  const districts = shapeDistrictTables(readFileSync(join(dir, 'data', 'doncaster-postcodes.csv'), 'utf8'));
  const docs = directory.listings.flatMap((l) => toSearchDocuments(l, directory.vocab));
  const understanding = understandingPackFor(dir, directory, docs);
  const forms = directoryWordForms(docs);
  return {
    directory,
    understanding,
    understand: loadUnderstanding(understanding),
    docs,
    settings: meilisearchSettings(directory.vocab, reviewed, forms),
    words: wordSettings(directory.vocab, reviewed, forms),
    districts,
    ctx: queryContext(directory.vocab, directory.council.area_name, districts),
  };
}
