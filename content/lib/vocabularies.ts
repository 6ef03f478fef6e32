import { existsSync } from 'node:fs';
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
  urgentHelpFileSchema,
  urgentHelpMoreFileSchema,
  type UrgentHelpFile,
  type UrgentHelpMoreFile,
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
  /** Urgent topics signposted before any result (urgent-help.yaml). */
  urgentHelp: UrgentHelpFile;
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

/**
 * The trigger words of urgent-help-2.yaml added to their topics in urgent-help.yaml (the second file keeps each
 * under the 100 KB limit). A $set named there must be one of urgent-help.yaml's sets.
 */
export function withMoreTriggers(file: UrgentHelpFile, more: UrgentHelpMoreFile | undefined): UrgentHelpFile {
  if (!more) return file;
  for (const extra of more.topics) {
    extra.triggers.combinations.forEach((c, j) => {
      for (const s of c.all)
        if (typeof s === 'string' && !(s.slice(1) in file.sets))
          throw new Error(`urgent-help-2.yaml: topic ${extra.id}, combination ${j + 1}: no word set called ${s} in urgent-help.yaml`);
    });
  }
  return {
    ...file,
    topics: file.topics.map((t) => {
      const extras = more.topics.filter((m) => m.id === t.id);
      return {
        ...t,
        triggers: {
          phrases: [...t.triggers.phrases, ...extras.flatMap((m) => m.triggers.phrases)],
          combinations: [...t.triggers.combinations, ...extras.flatMap((m) => m.triggers.combinations)],
        },
      };
    }),
  };
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
    urgentHelp: withMoreTriggers(
      readDataFile(join(dir, 'urgent-help.yaml'), urgentHelpFileSchema),
      existsSync(join(dir, 'urgent-help-2.yaml')) ? readDataFile(join(dir, 'urgent-help-2.yaml'), urgentHelpMoreFileSchema) : undefined,
    ),
  };
  for (const topic of vocab.urgentHelp.topics) {
    for (const id of topic.need_pages) {
      if (!vocab.needs.some((n) => n.id === id))
        throw new Error(`urgent-help.yaml: topic ${topic.id} names unknown need page ${id} (see needs.yaml)`);
    }
  }
  for (const hub of vocab.hubs) {
    if (!vocab.localities.some((l) => l.id === hub.locality)) throw new Error(`hubs.yaml: hub ${hub.id} names unknown locality ${hub.locality}`);
  }
  return vocab;
}
