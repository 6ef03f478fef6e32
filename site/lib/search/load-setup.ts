/**
 * The file-reading twin of setup.ts (Node only: the CLI, the site build, tests, benchmarks and the relevance
 * check): reads the directory, the reviewed synonyms, the postcode districts, the need phrases and the example
 * searches, then builds the set-up with
 * the pure functions in setup.ts. Never import this in an island.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { loadDirectory, type Directory } from '../../../content/lib/load-directory.ts';
import { loadNeedPhrases } from '../../../content/lib/need-phrases.ts';
import { POSTCODES_FILE } from '../../../content/lib/postcodes.ts';
import { loadSearchExamples, searchExamplesFile } from '../../../content/lib/search-examples.ts';
import { readYaml } from '../../../content/lib/read-yaml.ts';
import type { ReviewedSynonyms } from './synonyms.ts';
import { shapeDistrictTables, type DistrictTables } from './geocode.ts';
import { buildPlaceTable, directoryPlaceSources, type Place, type WardFeatures } from './places.ts';
import { searchSetup, type SearchSetup } from './setup.ts';

export type { SearchSetup } from './setup.ts';

const reviewedSynonymsSchema = z
  .object({
    reviewed: z.union([z.string(), z.date()]).optional(),
    groups: z.array(z.array(z.string().trim().min(1)).min(2, 'A synonym group needs at least two words')),
    exact: z.array(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9]+$/, 'Write exact words in lower case, letters and numbers only'),
    ),
  })
  .strict();

/** Read content/vocabularies/synonyms.yaml. A mistake stops the build with the line to fix. */
export function loadReviewedSynonyms(contentDir: string): ReviewedSynonyms {
  const file = join(contentDir, 'vocabularies', 'synonyms.yaml');
  const parsed = readYaml(readFileSync(file, 'utf8'));
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  const result = reviewedSynonymsSchema.safeParse(parsed.data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `line ${parsed.lineOf(i.path as (string | number)[]) ?? '?'}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} is not valid:\n  ${lines.join('\n  ')}`);
  }
  return { groups: result.data.groups, exact: result.data.exact };
}

/** Every postcode district of the area, for the geocoder and the map. */
export function loadDistrictTables(contentDir: string): DistrictTables {
  return shapeDistrictTables(readFileSync(join(contentDir, POSTCODES_FILE), 'utf8'));
}

/** The ward boundaries (ONS, in content/data; the hub map draws the same file). */
export const WARDS_FILE = 'data/doncaster-wards-2023.geojson';

/** Place names for the postcode boxes: wards from the boundaries file, hubs and towns from the directory. */
export function loadPlaces(directory: Directory, contentDir: string): Place[] {
  const wards = JSON.parse(readFileSync(join(contentDir, WARDS_FILE), 'utf8')) as WardFeatures;
  return buildPlaceTable(directoryPlaceSources(directory, wards));
}

/** The set-up for a directory already loaded (the site build loads and checks it once for every page). */
export function searchSetupFor(directory: Directory, contentDir: string): SearchSetup {
  const dir = resolve(contentDir);
  const needIds = directory.vocab.needs.map((n) => n.id);
  return searchSetup(
    directory,
    loadReviewedSynonyms(dir),
    loadDistrictTables(dir),
    loadNeedPhrases(dir, needIds),
    loadPlaces(directory, dir),
    loadSearchExamples(searchExamplesFile(dir), needIds),
  );
}

export function loadSearchSetup(contentDir: string, options: { today?: string; root?: string } = {}): SearchSetup {
  const dir = resolve(contentDir);
  const directory = loadDirectory({ contentDir: dir, root: options.root ?? process.cwd(), ...(options.today ? { today: options.today } : {}) });
  return searchSetupFor(directory, dir);
}
