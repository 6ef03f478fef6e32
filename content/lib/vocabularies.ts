import { join } from 'node:path';
import {
  accessibilityFeaturesFileSchema,
  accessRoutesFileSchema,
  councilSchema,
  hubsFileSchema,
  languagesFileSchema,
  localitiesFileSchema,
  needsFileSchema,
  type UrgentHelp,
  type AccessibilityFeature,
  type AccessRoute,
  type Council,
  type Hub,
  type Language,
  type Locality,
  type Need,
} from '../schema/index.ts';
import { readDataFile } from './data-file.ts';
import { loadUrgentHelp } from './urgent-help.ts';

export interface Vocabularies {
  needs: Need[];
  localities: Locality[];
  hubs: Hub[];
  accessRoutes: AccessRoute[];
  accessibilityFeatures: AccessibilityFeature[];
  languages: Language[];
  /** Urgent topics signposted before any result (urgent-help.yaml, with urgent-triggers/). */
  urgentHelp: UrgentHelp;
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
    urgentHelp: loadUrgentHelp(dir),
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
