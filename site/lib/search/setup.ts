/**
 * The search set-up for a directory, from inputs already read: the search documents, both engines' word
 * settings (synonyms, exact words, stop words and the needs layout) and the query model's context. Pure, so
 * every caller (the site build, `npm run search`, the benchmark, the relevance check, the contract tests)
 * builds the same index layout from the same inputs. load-setup.ts is the twin that reads the files.
 */
import type { Settings } from 'meilisearch';
import type { Directory } from '../../../content/lib/load-directory.ts';
import type { Vocabularies } from '../../../content/lib/vocabularies.ts';
import type { SearchExample } from '../../../content/schema/search-examples.ts';
import type { WordSettings } from './embedded-index.ts';
import { buildSynonyms, type ReviewedSynonyms } from './synonyms.ts';
import { STOP_WORDS } from './words.ts';
import { boundsOf, geocode, type DistrictTables } from './geocode.ts';
import { meilisearchSettings } from './meilisearch-settings.ts';
import type { Place } from './places.ts';
import type { QueryContext } from './query.ts';
import { directoryDocuments, type SearchDocument } from './search-document.ts';
import type { NeedPhrases } from './understand/lexicon.ts';
import type { NeedExample } from './understand/need-guess.ts';
import { buildUnderstandingPack, directoryWordForms, documentTexts, loadUnderstanding, type UnderstandingPack } from './understand/pack.ts';
import type { UnderstandContext } from './understand/understand.ts';
import { compileUrgentHelp } from './signpost-model.ts';
import { type Signposter, urgentNeeds } from './signposts.ts';
import type { UrgentHelp } from '../../../content/schema/urgent-help.ts';

/** An example search as the need guess reads it (content/vocabularies/search-examples.yaml has more fields). */
type ExampleSearch = Pick<SearchExample, 'q' | 'needs'>;

export interface SearchSetup {
  directory: Directory;
  /** What query understanding knows about this directory (served to the site as JSON). */
  understanding: UnderstandingPack;
  understand: UnderstandContext;
  /** Which urgent-help panels a search's words show: the one query understanding reads too. */
  signposter: Signposter;
  docs: SearchDocument[];
  settings: Settings;
  words: WordSettings;
  districts: DistrictTables;
  /** Place names accepted where a postcode is asked for ("Bentley"), served to the browser as /places.json. */
  places: Place[];
  ctx: QueryContext;
}

/**
 * The words both engines share: the needs (indexed once per need, not once per document), synonyms (reviewed,
 * from the needs, and the directory's word forms), exact words and stop words.
 */
export function wordSettings(
  vocab: Pick<Vocabularies, 'needs'>,
  reviewed: ReviewedSynonyms,
  wordForms: readonly (readonly string[])[] = [],
): WordSettings {
  return {
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label, phrases: n.phrases })),
    synonyms: buildSynonyms(vocab.needs, reviewed, wordForms),
    exact: [...new Set(reviewed.exact)].sort(),
    stopWords: [...STOP_WORDS],
  };
}

/** The query context for a directory: its vocabulary ids, and a geocoder over every postcode district and place. */
export function queryContext(vocab: Vocabularies, areaName: string, districts: DistrictTables, places: readonly Place[] = []): QueryContext {
  return {
    needIds: vocab.needs.map((n) => n.id),
    localityIds: vocab.localities.map((l) => l.id),
    accessRouteIds: vocab.accessRoutes.map((a) => a.id),
    languageIds: vocab.languages.map((l) => l.id),
    areaName,
    geocode: (text) => geocode(text, districts, areaName, places),
    bounds: boundsOf(districts),
  };
}

/**
 * What the need guess learns from besides the phrases: each service's name and summary with its needs (once
 * per service, not once per venue), and the example searches with theirs.
 */
export function needExamples(docs: readonly SearchDocument[], searches: readonly ExampleSearch[] = []): NeedExample[] {
  const seen = new Set<string>();
  const services = docs.filter((d) => !seen.has(d.serviceId) && seen.add(d.serviceId));
  return [...services.map((d) => ({ text: `${d.name} ${d.summary}`, needs: d.needs })), ...searches.map((s) => ({ text: s.q, needs: s.needs }))];
}

/** The understanding pack for a directory: its need phrases, places, word forms and need guess. */
export function understandingPackFor(
  directory: Pick<Directory, 'vocab' | 'council'>,
  needPhrases: NeedPhrases,
  docs: readonly SearchDocument[],
  standalone: readonly string[] = [],
  searches: readonly ExampleSearch[] = [],
): UnderstandingPack {
  const { vocab, council } = directory;
  return buildUnderstandingPack({
    needIds: vocab.needs.map((n) => n.id),
    examples: needExamples(docs, searches),
    needPhrases,
    localities: vocab.localities,
    hubs: vocab.hubs,
    areaName: council.area_name,
    areaNicknames: council.area_nicknames ?? [],
    texts: documentTexts(docs),
    standalone,
  });
}

/**
 * The urgent-help matcher for a directory (its trigger lists and word model, as the search page reads them),
 * compiled on its first search (a set-up that never searches pays nothing).
 */
export function lazySignposter(file: UrgentHelp): Signposter {
  let compiled: Signposter | undefined;
  return { match: (text) => (compiled ??= compileUrgentHelp(file)).match(text) };
}

/** The directory's urgent-help panels as needs (urgent-help.yaml's need_pages), for query understanding. */
export function urgentNeedsOf(directory: Directory, signposter = lazySignposter(directory.vocab.urgentHelp)): (text: string) => string[] {
  return urgentNeeds(signposter, new Map(directory.vocab.urgentHelp.topics.map((t) => [t.id, t.need_pages])));
}

/**
 * Everything search needs from a loaded directory, its reviewed synonyms, its postcode districts, its
 * need phrases (content/vocabularies/need-phrases.yaml; none means search understands less, nothing breaks),
 * the place names the postcode boxes accept (none means postcodes only) and the example searches the need
 * guess learns from (content/vocabularies/search-examples.yaml; none means it learns from phrases and services).
 */
export function searchSetup(
  directory: Directory,
  reviewed: ReviewedSynonyms,
  districts: DistrictTables,
  needPhrases: NeedPhrases = {},
  places: Place[] = [],
  searches: readonly ExampleSearch[] = [],
): SearchSetup {
  const docs = directoryDocuments(directory.listings, directory.vocab);
  const understanding = understandingPackFor(directory, needPhrases, docs, reviewed.exact, searches);
  const forms = directoryWordForms(docs, reviewed.exact);
  const signposter = lazySignposter(directory.vocab.urgentHelp);
  return {
    directory,
    understanding,
    understand: { ...loadUnderstanding(understanding), urgentNeeds: urgentNeedsOf(directory, signposter) },
    signposter,
    docs,
    settings: meilisearchSettings(directory.vocab, reviewed, forms),
    words: wordSettings(directory.vocab, reviewed, forms),
    districts,
    places,
    ctx: queryContext(directory.vocab, directory.council.area_name, districts, places),
  };
}
