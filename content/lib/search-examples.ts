/**
 * Read a file of example searches (content/vocabularies/search-examples.yaml and its parts
 * search-examples.<part>.yaml beside it; the relevance check's held-out set has the same form). A mistake,
 * or a need that needs.yaml does not have, stops the build with the line to fix.
 */
import { join } from 'node:path';
import { searchExamplesFileSchema, type SearchExample } from '../schema/search-examples.ts';
import { dataFileWithParts, readDataFileWithLines } from './data-file.ts';

export function searchExamplesFile(contentDir: string): string {
  return join(contentDir, 'vocabularies', 'search-examples.yaml');
}

/** One file's searches, each need checked against the vocabulary. */
export function readSearchExamples(file: string, needIds: readonly string[]): SearchExample[] {
  const { data, lineOf } = readDataFileWithLines(file, searchExamplesFileSchema);
  data.queries.forEach((q, i) => {
    const unknown = q.needs.filter((n) => !needIds.includes(n));
    if (unknown.length > 0)
      throw new Error(`${file}, line ${lineOf(['queries', i]) ?? '?'}: "${unknown[0]}" is not a need in content/vocabularies/needs.yaml.`);
  });
  return data.queries;
}

/** A file and its parts, in order; a directory without the file has no examples (search guesses less). */
export function loadSearchExamples(file: string, needIds: readonly string[]): SearchExample[] {
  return dataFileWithParts(file, 'its header').flatMap((f) => readSearchExamples(f, needIds));
}
