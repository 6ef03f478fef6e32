import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { readRegularFile } from './listing-files.ts';
import { readYaml } from './read-yaml.ts';

/** Read one of the council's own data files. These are maintained by the FIS team, so a mistake stops the build. */
export function readDataFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  return readDataFileWithLines(path, schema).data;
}

/**
 * The same, with the line of any part of the data, for checks beyond the schema that must name the line to
 * fix ("line 12: "parentting" is not a need").
 */
export function readDataFileWithLines<T extends z.ZodType>(
  path: string,
  schema: T,
): { data: z.infer<T>; lineOf: (path: readonly PropertyKey[]) => number | undefined } {
  const parsed = readYaml(
    readRegularFile(path),
    'limit for a data file. Split it: move part of it into a new file beside it, named like the others (topic.part.yaml), with a comment at the top saying what it holds.',
  );
  if (parsed.problems.length > 0) {
    throw new Error(`${path}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `line ${parsed.lineOf(i.path) ?? '?'}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path} is not valid:\n  ${lines.join('\n  ')}`);
  }
  return { data: result.data, lineOf: parsed.lineOf };
}

/**
 * The parts that continue a data file beside it, `<name>.<part>.yaml` (need-phrases.part-2.yaml beside
 * need-phrases.yaml), in name order: every data file stays under 100 KB, so a long one goes on in parts.
 */
export function dataFileParts(main: string): string[] {
  const dir = dirname(main);
  if (!existsSync(dir)) return [];
  const base = basename(main, '.yaml');
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith('.yaml') && /^[a-z0-9-]+$/.test(f.slice(base.length + 1, -'.yaml'.length)))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * A data file and its parts, in order: none when neither is there (a council may leave the file out), and a
 * plain stop when parts are there without the file they continue, whose header (`header`: what a new one needs)
 * says how they are read.
 */
export function dataFileWithParts(main: string, header: string): string[] {
  const parts = dataFileParts(main);
  if (existsSync(main)) return [main, ...parts];
  if (parts.length > 0) throw new Error(`${parts[0]} is a part of ${main}, which is missing: add it, with ${header}.`);
  return [];
}
