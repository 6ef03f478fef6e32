/**
 * Read content/vocabularies/need-phrases.yaml: everyday phrases per need, which query understanding reads
 * to tell what a search is about. A directory without the file has no phrases (search still works, it just
 * understands less). A mistake stops the build with the line to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYaml } from './read-yaml.ts';

const needPhrasesSchema = z
  .object({
    reviewed: z.union([z.string(), z.date()]),
    needs: z.record(
      z.string(),
      z.array(z.string().trim().min(2, 'A phrase needs at least two letters')).min(1, 'List at least one phrase, or leave the need out'),
    ),
  })
  .strict();

export function needPhrasesFile(contentDir: string): string {
  return join(contentDir, 'vocabularies', 'need-phrases.yaml');
}

export function loadNeedPhrases(contentDir: string, needIds: readonly string[]): Record<string, string[]> {
  const file = needPhrasesFile(contentDir);
  if (!existsSync(file)) return {};
  const parsed = readYaml(readFileSync(file, 'utf8'));
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  const result = needPhrasesSchema.safeParse(parsed.data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `line ${parsed.lineOf(i.path as (string | number)[]) ?? '?'}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} is not valid:\n  ${lines.join('\n  ')}`);
  }
  for (const id of Object.keys(result.data.needs)) {
    if (!needIds.includes(id)) {
      throw new Error(
        `${file}, line ${parsed.lineOf(['needs', id]) ?? '?'}: "${id}" is not a need in needs.yaml. Use one of: ${needIds.join(', ')}.`,
      );
    }
  }
  return result.data.needs;
}
