/**
 * The urgent help, put together from its files: the panels (vocabularies/urgent-help.yaml), the shared word sets
 * (vocabularies/urgent-triggers/word-sets.yaml) and each topic's trigger words (urgent-triggers/<topic id>.yaml).
 * One file per topic keeps each small enough to review, and lets people working on different topics edit
 * different files. A mistake stops the build, with the file and what to do.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type TopicTriggersFile,
  topicTriggersFileSchema,
  triggerWordSetsFileSchema,
  type UrgentHelp,
  type UrgentHelpFile,
  URGENT_TOPIC_IDS,
  urgentHelpFileSchema,
} from '../schema/index.ts';
import { readDataFile } from './data-file.ts';

export const TRIGGERS_DIR = 'urgent-triggers';
const WORD_SETS_FILE = 'word-sets.yaml';

/**
 * Pure: the panels with their topics' trigger words. Every topic needs a trigger file, every file must be a topic's,
 * a topic's own word set may not reuse another set's name, and every $set a combination names must exist (shared,
 * or the topic's own).
 */
export function assembleUrgentHelp(
  panels: UrgentHelpFile,
  shared: Record<string, string[]>,
  triggers: Record<string, TopicTriggersFile>,
  notTypos: string[] = [],
): UrgentHelp {
  const where = (id: string) => `${TRIGGERS_DIR}/${id}.yaml`;
  for (const name of Object.keys(triggers))
    if (!(URGENT_TOPIC_IDS as readonly string[]).includes(name))
      throw new Error(
        `${where(name)}: there is no urgent topic called ${name}. Name each trigger file after its topic: ${URGENT_TOPIC_IDS.join(', ')}.`,
      );
  const sets: Record<string, string[]> = { ...shared };
  const ownerOf = new Map<string, string>();
  for (const [id, file] of Object.entries(triggers))
    for (const [name, words] of Object.entries(file.sets)) {
      const clash = name in shared ? WORD_SETS_FILE : ownerOf.get(name);
      if (clash)
        throw new Error(
          `${where(id)}: the word set ${name} is already defined in ${TRIGGERS_DIR}/${clash.endsWith('.yaml') ? clash : `${clash}.yaml`}. Give this one another name.`,
        );
      ownerOf.set(name, id);
      sets[name] = words;
    }
  return {
    reviewed: panels.reviewed,
    sets,
    notTypos,
    topics: panels.topics.map((topic) => {
      const file = triggers[topic.id];
      if (!file) throw new Error(`${where(topic.id)} is missing: every urgent topic needs the words that show its panel.`);
      file.combinations.forEach((c, j) => {
        for (const slot of c.all) {
          if (typeof slot !== 'string') continue;
          const name = slot.slice(1);
          if (!(name in shared) && ownerOf.get(name) !== topic.id)
            throw new Error(
              `${where(topic.id)}: combination ${j + 1} uses ${slot}, but there is no word set called ${name} in ${TRIGGERS_DIR}/${WORD_SETS_FILE} or at the top of this file. Add it under sets, or check the spelling.`,
            );
        }
      });
      return { ...topic, triggers: { phrases: file.phrases, combinations: file.combinations } };
    }),
  };
}

/** Read and check the urgent-help files under a content folder's vocabularies/. */
export function loadUrgentHelp(vocabulariesDir: string): UrgentHelp {
  const panels = readDataFile(join(vocabulariesDir, 'urgent-help.yaml'), urgentHelpFileSchema);
  const dir = join(vocabulariesDir, TRIGGERS_DIR);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: it holds the words that show each urgent-help panel.`);
  const { sets: shared, not_typos: notTypos } = readDataFile(join(dir, WORD_SETS_FILE), triggerWordSetsFileSchema);
  const triggers: Record<string, TopicTriggersFile> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name === WORD_SETS_FILE || name.startsWith('.')) continue;
    if (!name.endsWith('.yaml'))
      throw new Error(`${join(dir, name)}: only .yaml trigger files belong here, named after their topic (child-at-risk.yaml).`);
    triggers[name.slice(0, -'.yaml'.length)] = readDataFile(join(dir, name), topicTriggersFileSchema);
  }
  return assembleUrgentHelp(panels, shared, triggers, notTypos);
}
