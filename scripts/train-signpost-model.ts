/**
 * npm run safety:train: trains the urgent-help word model (site/lib/search/signpost-model.ts) and writes
 * content/vocabularies/urgent-help-model.json. Run it after changing the safety set's tuning half
 * (tests/safety/tuning*.yaml), the everyday search examples or the need phrases: a test fails until the model
 * matches them again.
 *
 * What it learns from:
 * - danger: every trigger search of the tuning half, with its topics (never the held-out half);
 * - everyday: the tuning half's ordinary searches that no trigger list reads as danger (tests/safety allows a few
 *   reviewed ones), the search examples (content/vocabularies/search-examples*.yaml) that tell of no danger
 *   (isEverydayExample), and the need phrases of needs far from any urgent topic (EVERYDAY_NEEDS) that no trigger
 *   list matches.
 * The threshold is the lowest (in steps of 0.01) at which models trained on four fifths of the examples alarm on
 * at most 0.15% (about 1 in 670) of the everyday searches in the fifth they did not see (five-fold
 * cross-validation): chosen on searches the model has not learned, never on the held-out half.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MODEL_FILE } from '../content/lib/urgent-help.ts';
import { loadNeedPhrases } from '../content/lib/need-phrases.ts';
import { loadSearchExamples, searchExamplesFile } from '../content/lib/search-examples.ts';
import { loadVocabularies } from '../content/lib/vocabularies.ts';
import type { SearchExample } from '../content/schema/search-examples.ts';
import type { UrgentHelpModel, UrgentTopicId } from '../content/schema/urgent-help.ts';
import { modelFeatures } from '../site/lib/search/signpost-model.ts';
import { compileSignposts, type Signposter, signpostTriggers } from '../site/lib/search/signposts.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { countShown, crossValidate, type Example, storeWithinBudget, TRAIN_DEFAULTS, trainRaw } from './lib/train-signpost-model.ts';
import { SIGNPOSTS_MODEL_MAX_GZIP } from './measure-budgets.ts';
import { readSafetyHalf } from './safety-report.ts';

const root = resolve(import.meta.dirname, '..');

/**
 * Needs whose phrases are everyday searches: none is a page an urgent panel shows on, and none is where danger
 * is usually told (not family relationships, parents' wellbeing, behaviour or drugs and alcohol).
 */
export const EVERYDAY_NEEDS = [
  'pregnancy-baby',
  'childcare-early-learning',
  'parenting',
  'school-learning',
  'send',
  'money-benefits',
  'work-skills',
  'young-carers',
  'youth',
  'family-activities',
  'health',
];

/**
 * The needs whose searches tell of danger itself: a search example that wants one is not an everyday search, whatever
 * else it wants ("my boyfriend hit me im 16" wants domestic abuse, youth and staying safe).
 */
export const DANGER_NEEDS = ['domestic-abuse', 'staying-safe'];

/**
 * Whether a search example (content/vocabularies/search-examples*.yaml) teaches the model an everyday search. The
 * examples were written for relevance, and only a few are marked as safety phrases: until 4 December 2026 the model
 * learnt about 280 danger searches among them as everyday ones, with four times a danger search's weight. Now an
 * example counts as everyday only when it is not marked a safety phrase, wants no danger need, and no trigger list
 * shows a panel for it (the rule the need phrases already had).
 */
export function isEverydayExample(e: SearchExample, lists: Signposter): boolean {
  return e.why !== 'safety phrase' && !e.needs.some((id) => DANGER_NEEDS.includes(id)) && lists.match(e.q).length === 0;
}

/** Where a training example came from: the threshold's false alarms are counted on the everyday searches people typed. */
export type ExampleSource = 'danger' | 'everyday' | 'need phrase';

export interface TrainingSet {
  examples: Example[];
  /** Each example's source, in the same order. */
  sources: ExampleSource[];
  /** The urgent topics, in the vocabulary's order (one model per topic). */
  topics: UrgentTopicId[];
  /**
   * For each example, the topics the trigger lists' except words kept quiet on (every slot of a combination matched,
   * but an except word too). The site never lets the model show those (withModel), so the threshold is chosen
   * with the same veto: an alarm the site would not show is not counted.
   */
  stopped: UrgentTopicId[][];
}

/** The examples, in a fixed order: danger and ordinary searches of the tuning half, search examples, need phrases. */
export function trainingExamples(contentDir = join(root, 'content')): TrainingSet {
  const vocab = loadVocabularies(contentDir);
  const needIds = vocab.needs.map((n) => n.id);
  const { sets } = readSafetyHalf('tuning');
  const danger: Example[] = sets.flatMap((s) => s.triggers.map((t) => ({ q: t.q, topics: t.topics })));
  const lists = compileSignposts(signpostTriggers(vocab.urgentHelp));
  const ordinary: Example[] = [
    // An everyday search the lists read as danger anyway (the few reviewed ones tests/safety allows, a danger long
    // past) would only teach the model that danger's words are everyday: the site shows the lists' panel regardless.
    ...sets.flatMap((s) => s.ordinary).filter((q) => lists.match(q).length === 0),
    ...loadSearchExamples(searchExamplesFile(contentDir), needIds)
      .filter((e) => isEverydayExample(e, lists))
      .map((e) => e.q),
  ].map((q) => ({ q, topics: [] }));
  const phrases = loadNeedPhrases(contentDir, needIds);
  const needPhrases: Example[] = EVERYDAY_NEEDS.flatMap((id) => phrases[id] ?? [])
    .filter((q) => lists.match(q).length === 0)
    .map((q) => ({ q, topics: [] }));
  const examples = [...danger, ...ordinary, ...needPhrases];
  return {
    examples,
    stopped: examples.map((e) => lists.stopped?.(e.q) ?? []),
    sources: [
      ...danger.map((): ExampleSource => 'danger'),
      ...ordinary.map((): ExampleSource => 'everyday'),
      ...needPhrases.map((): ExampleSource => 'need phrase'),
    ],
    topics: vocab.urgentHelp.topics.map((t) => t.id),
  };
}

/** What a model was trained on: a test compares it with the examples now. */
export function trainedOn(set: TrainingSet, options = TRAIN_DEFAULTS): UrgentHelpModel['trained_on'] {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ examples: set.examples, options }))
    .digest('hex')
    .slice(0, 16);
  return { examples: set.examples.length, danger: set.examples.filter((e) => e.topics.length > 0).length, fingerprint };
}

// 0.15%. It was 1% until 6 December 2026, when the lowest threshold tried (0.5) already alarmed on 0.22% and the bar
// had stopped choosing anything. A larger model at a stricter threshold found more danger searches for fewer alarms,
// cross-validated on the tuning half (ADR 13, round 44).
export const MAX_EVERYDAY_ALARMS = 0.0015;
// Fine steps, so a few examples more or fewer move the threshold a little rather than a whole 0.05 (which moved a
// handful of panels at once).
const THRESHOLDS = Array.from({ length: 50 }, (_, k) => Number((0.5 + k / 100).toFixed(2)));

/** Cross-validated recall and everyday false alarms at each threshold, and the threshold chosen. */
export function chooseThreshold(set: TrainingSet, options = TRAIN_DEFAULTS) {
  const { topics } = set;
  const scores = crossValidate(set.examples, topics, modelFeatures, 5, options);
  const isEveryday = (i: number) => set.sources[i] === 'everyday';
  const rows = THRESHOLDS.map((threshold) => {
    const counts = { danger: 0, found: 0, everyday: 0, alarms: 0 };
    set.examples.forEach((e, i) => {
      const shown = topics.filter((id, t) => scores[i]![t]! > threshold && !set.stopped[i]!.includes(id));
      countShown(counts, e.topics, shown, isEveryday(i));
    });
    return { threshold, ...counts };
  });
  const chosen = rows.find((r) => r.alarms <= r.everyday * MAX_EVERYDAY_ALARMS) ?? rows.at(-1)!;
  return { rows, threshold: chosen.threshold };
}

export const USAGE = `Usage: npm run safety:train

Trains the urgent-help word model on the safety set's tuning half and the everyday examples, and writes
content/vocabularies/${MODEL_FILE}. Takes about a minute.

To try other settings, set TRAIN_OPTIONS to JSON overriding TRAIN_DEFAULTS (scripts/lib/train-signpost-model.ts),
e.g. TRAIN_OPTIONS='{"everydayWeight":8}'; the tests then ask for the model to be trained with the defaults again
(change the defaults to keep a setting).`;

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const parsed = parseCli(argv, {}, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const contentDir = join(root, 'content');
  const set = trainingExamples(contentDir);
  const options = { ...TRAIN_DEFAULTS, ...(env.TRAIN_OPTIONS ? JSON.parse(env.TRAIN_OPTIONS) : {}) };
  const on = trainedOn(set, options);
  const count = (source: ExampleSource) => set.sources.filter((s) => s === source).length;
  io.out(`Training on ${on.examples} searches (${count('danger')} danger, ${count('everyday')} everyday, ${count('need phrase')} need phrases)`);
  const { rows, threshold } = chooseThreshold(set, options);
  // Every fifth row, and the one chosen.
  for (const r of rows.filter((x) => Math.round(x.threshold * 100) % 5 === 0 || x.threshold === threshold))
    io.out(
      `  threshold ${r.threshold.toFixed(2)}: cross-validated, ${r.found}/${r.danger} danger searches shown alone, ${r.alarms}/${r.everyday} everyday alarms${r.threshold === threshold ? '  <- chosen' : ''}`,
    );
  const raw = trainRaw(set.examples, set.topics, modelFeatures, options);
  const { model, prune, gzipBytes } = storeWithinBudget(raw, threshold, on, SIGNPOSTS_MODEL_MAX_GZIP, options);
  writeFileSync(join(contentDir, 'vocabularies', MODEL_FILE), `${JSON.stringify(model)}\n`);
  io.out(
    `Wrote content/vocabularies/${MODEL_FILE}: ${model.features.split('|').length} features, threshold ${threshold}, weights under ${prune} dropped to fit ${(gzipBytes / 1024).toFixed(1)} KB gzip (budget ${SIGNPOSTS_MODEL_MAX_GZIP / 1024} KB)`,
  );
  return 0;
}

await runMain(import.meta, main);
