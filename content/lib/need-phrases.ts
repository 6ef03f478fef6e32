/**
 * Read content/vocabularies/need-phrases.yaml: everyday phrases per need, which query understanding reads
 * to tell what a search is about. A directory without the file has no phrases (search still works, it just
 * understands less). A mistake stops the build with the line to fix.
 *
 * The lexicon may be split into parts beside it, need-phrases.<part>.yaml (each file must stay under the
 * 100 KB every data file is held to): the same `needs:` map, each need in one file only, so an editor finds
 * all of a need's phrases in one place. need-phrases.yaml keeps the review guidance and the review date.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { dataFileWithParts, readDataFileWithLines } from './data-file.ts';

const phraseList = z.array(z.string().trim().min(2, 'A phrase needs at least two letters')).min(1, 'List at least one phrase, or leave the need out');
const needPhrasesSchema = z.object({ reviewed: z.union([z.string(), z.date()]), needs: z.record(z.string(), phraseList) }).strict();
const partSchema = z.object({ needs: z.record(z.string(), phraseList) }).strict();

export function needPhrasesFile(contentDir: string): string {
  return join(contentDir, 'vocabularies', 'need-phrases.yaml');
}

function readPhrases(file: string, schema: typeof needPhrasesSchema | typeof partSchema, needIds: readonly string[]) {
  const { data, lineOf } = readDataFileWithLines(file, schema);
  for (const id of Object.keys(data.needs)) {
    if (!needIds.includes(id)) {
      throw new Error(`${file}, line ${lineOf(['needs', id]) ?? '?'}: "${id}" is not a need in needs.yaml. Use one of: ${needIds.join(', ')}.`);
    }
  }
  return { needs: data.needs, lineOf };
}

export function loadNeedPhrases(contentDir: string, needIds: readonly string[]): Record<string, string[]> {
  const file = needPhrasesFile(contentDir);
  const [main, ...parts] = dataFileWithParts(file, 'the review guidance and date');
  if (main === undefined) return {};
  const all: Record<string, string[]> = { ...readPhrases(main, needPhrasesSchema, needIds).needs };
  const from: Record<string, string> = Object.fromEntries(Object.keys(all).map((id) => [id, main]));
  for (const part of parts) {
    const { needs, lineOf } = readPhrases(part, partSchema, needIds);
    for (const [id, list] of Object.entries(needs)) {
      if (all[id])
        throw new Error(`${part}, line ${lineOf(['needs', id]) ?? '?'}: "${id}" is already listed in ${from[id]}: keep each need in one file.`);
      all[id] = list;
      from[id] = part;
    }
  }
  return all;
}
