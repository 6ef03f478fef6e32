/**
 * The urgent help, put together from its files: the panels (vocabularies/urgent-help.yaml), the shared word sets
 * (vocabularies/urgent-triggers/word-sets.yaml) and each topic's trigger words (urgent-triggers/<topic id>.yaml).
 * One file per topic keeps each small enough to review, and lets people working on different topics edit
 * different files. A mistake stops the build, with the file and what to do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type TopicTriggersFile,
  topicTriggersFileSchema,
  triggerWordSetsFileSchema,
  type UrgentHelp,
  type UrgentHelpFile,
  type UrgentHelpModel,
  urgentHelpModelSchema,
  URGENT_TOPIC_IDS,
  urgentHelpFileSchema,
} from '../schema/index.ts';
import { readDataFile } from './data-file.ts';

export const TRIGGERS_DIR = 'urgent-triggers';
const WORD_SETS_FILE = 'word-sets.yaml';

/** The topic a trigger file belongs to: its name up to the first dot ("child-at-risk.neglect" -> child-at-risk). */
export const topicOfFile = (name: string) => name.split('.')[0]!;

/**
 * Pure: the panels with their topics' trigger words. `triggers` is keyed by file name without .yaml: a topic's
 * words are in `<topic id>.yaml` and, when they outgrow one file, in more files named `<topic id>.<part>.yaml`,
 * read in name order. Every topic needs at least one file, every file must be a topic's, a word set may not
 * reuse another set's name, and every $set a combination names must exist: shared, or defined in one of its
 * own topic's files.
 */
export function assembleUrgentHelp(
  panels: UrgentHelpFile,
  shared: Record<string, string[]>,
  triggers: Record<string, TopicTriggersFile>,
  notTypos: string[] = [],
): UrgentHelp {
  const where = (file: string) => `${TRIGGERS_DIR}/${file}.yaml`;
  const files = Object.keys(triggers).sort();
  for (const file of files) {
    const topic = topicOfFile(file);
    if (!(URGENT_TOPIC_IDS as readonly string[]).includes(topic))
      throw new Error(
        `${where(file)}: there is no urgent topic called ${topic}. Name each trigger file after its topic (${URGENT_TOPIC_IDS.join(', ')}), with .<part> before .yaml for a topic's further files.`,
      );
  }
  const sets: Record<string, string[]> = { ...shared };
  /** Set name -> the file that defines it. */
  const definedIn = new Map<string, string>();
  for (const file of files)
    for (const [name, words] of Object.entries(triggers[file]!.sets)) {
      const clash = name in shared ? WORD_SETS_FILE : definedIn.has(name) ? `${definedIn.get(name)}.yaml` : undefined;
      if (clash) throw new Error(`${where(file)}: the word set ${name} is already defined in ${TRIGGERS_DIR}/${clash}. Give this one another name.`);
      definedIn.set(name, file);
      sets[name] = words;
    }
  return {
    reviewed: panels.reviewed,
    sets,
    notTypos,
    topics: panels.topics.map((topic) => {
      const own = files.filter((f) => topicOfFile(f) === topic.id);
      if (own.length === 0) throw new Error(`${where(topic.id)} is missing: every urgent topic needs the words that show its panel.`);
      for (const file of own)
        triggers[file]!.combinations.forEach((c, j) => {
          for (const slot of [...c.all, ...c.except.filter((e) => e.startsWith('$'))]) {
            if (typeof slot !== 'string') continue;
            const name = slot.slice(1);
            const owner = definedIn.get(name);
            if (!(name in shared) && (owner === undefined || topicOfFile(owner) !== topic.id))
              throw new Error(
                `${where(file)}: combination ${j + 1} uses ${slot}, but there is no word set called ${name} in ${TRIGGERS_DIR}/${WORD_SETS_FILE} or in this topic's files. Add it under sets, or check the spelling.`,
              );
          }
        });
      return {
        ...topic,
        triggers: {
          phrases: own.flatMap((f) => triggers[f]!.phrases),
          combinations: own.flatMap((f) => triggers[f]!.combinations),
        },
      };
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
      throw new Error(
        `${join(dir, name)}: only .yaml trigger files belong here, named after their topic (child-at-risk.yaml, child-at-risk.neglect.yaml).`,
      );
    triggers[name.slice(0, -'.yaml'.length)] = readDataFile(join(dir, name), topicTriggersFileSchema);
  }
  const help = assembleUrgentHelp(panels, shared, triggers, notTypos);
  const modelFile = join(vocabulariesDir, MODEL_FILE);
  return existsSync(modelFile) ? { ...help, model: readUrgentHelpModel(modelFile) } : help;
}

/** The word model's file name under vocabularies/ (written by `npm run safety:train`). */
export const MODEL_FILE = 'urgent-help-model.json';

/** The word model, checked; a broken file names itself and says how to make it again. */
export function readUrgentHelpModel(file: string): UrgentHelpModel {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not valid JSON (${(e as Error).message}). Make it again with npm run safety:train.`);
  }
  const parsed = urgentHelpModelSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${file} is not a word model this site can read (${parsed.error.issues[0]?.message}). Make it again with npm run safety:train.`);
  return parsed.data;
}
