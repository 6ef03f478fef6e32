import { join } from 'node:path';
import type { z } from 'zod';
import {
  accessibilityFeaturesFileSchema,
  accessRoutesFileSchema,
  councilSchema,
  hubsFileSchema,
  languagesFileSchema,
  localitiesFileSchema,
  needsFileSchema,
  type AccessibilityFeature,
  type AccessRoute,
  type Council,
  type Hub,
  type Language,
  type Locality,
  type Need,
} from '../schema/index.ts';
import { readRegularFile } from './listing-files.ts';
import { readYaml } from './read-yaml.ts';

export interface Vocabularies {
  needs: Need[];
  localities: Locality[];
  hubs: Hub[];
  accessRoutes: AccessRoute[];
  accessibilityFeatures: AccessibilityFeature[];
  languages: Language[];
}

/** Read one of the council's own data files. These are maintained by the FIS team, so a mistake stops the build. */
export function readDataFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const parsed = readYaml(readRegularFile(path));
  if (parsed.problems.length > 0) {
    throw new Error(`${path}: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `line ${parsed.lineOf(i.path) ?? '?'}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path} is not valid:\n  ${lines.join('\n  ')}`);
  }
  return result.data;
}

export function loadCouncil(contentDir: string): Council {
  return readDataFile(join(contentDir, 'council.yaml'), councilSchema);
}

export function loadVocabularies(contentDir: string): Vocabularies {
  const dir = join(contentDir, 'vocabularies');
  const vocab: Vocabularies = {
    needs: readDataFile(join(dir, 'needs.yaml'), needsFileSchema).needs,
    localities: readDataFile(join(dir, 'localities.yaml'), localitiesFileSchema).localities,
    hubs: readDataFile(join(dir, 'hubs.yaml'), hubsFileSchema).hubs,
    accessRoutes: readDataFile(join(dir, 'access-routes.yaml'), accessRoutesFileSchema).access_routes,
    accessibilityFeatures: readDataFile(join(dir, 'accessibility-features.yaml'), accessibilityFeaturesFileSchema).accessibility_features,
    languages: readDataFile(join(dir, 'languages.yaml'), languagesFileSchema).languages,
  };
  for (const hub of vocab.hubs) {
    if (!vocab.localities.some((l) => l.id === hub.locality)) throw new Error(`hubs.yaml: hub ${hub.id} names unknown locality ${hub.locality}`);
  }
  return vocab;
}
