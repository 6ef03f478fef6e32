/**
 * npm run safety:budgets -- 40 56 --thresholds 0.5,0.55: what the urgent-help word model would find, and how often
 * it would alarm, at other size budgets and thresholds, cross-validated on the tuning half (never the held-out
 * half). Run it before changing SIGNPOSTS_MODEL_MAX_GZIP (scripts/measure-budgets.ts) or the threshold rule
 * (MAX_EVERYDAY_ALARMS): round 44 chose its 56 KB model at a stricter threshold this way (ADR 13). Prints a table;
 * writes nothing.
 */
import { join } from 'node:path';
import { loadUrgentHelp } from '../content/lib/urgent-help.ts';
import { modelFeatures, readSignpostModel } from '../site/lib/search/signpost-model.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { budgetCrossValidation } from './lib/train-signpost-model.ts';
import { trainingExamples } from './train-signpost-model.ts';

export const USAGE = `Usage: npm run safety:budgets -- <KB> [<KB> ...] [--thresholds 0.5,0.55]

Cross-validates the urgent-help word model on the safety set's tuning half and the everyday examples (five folds)
and prints, for each size budget in KB (gzip, as served) and each threshold, how many danger searches the stored
model alone finds and how many everyday searches it alarms on. Without --thresholds it reads each at the threshold
in the model file now. Takes a few minutes: a model is trained for each fold.`;

/** The budgets (KB) and thresholds asked for, or why they cannot be read. */
export function readRequest(
  positionals: readonly string[],
  thresholds: string | undefined,
  stored: number,
): { budgetsKb: number[]; thresholds: number[] } | string {
  if (positionals.length === 0) return 'Give at least one size budget in KB, such as 40 or 56.';
  const budgetsKb = positionals.map(Number);
  const badBudget = positionals.find((_, i) => !(budgetsKb[i]! > 0));
  if (badBudget !== undefined) return `"${badBudget}" is not a size in KB: give a number above 0, such as 56.`;
  const read = thresholds === undefined ? [stored] : thresholds.split(',').map((t) => Number(t.trim()));
  const badThreshold = read.findIndex((t) => !(t > 0 && t < 1));
  if (badThreshold >= 0) return `"${thresholds?.split(',')[badThreshold]}" is not a threshold: give numbers between 0 and 1, such as 0.5,0.55.`;
  return { budgetsKb, thresholds: read };
}

export async function main(argv: string[], _env: Env, io: Io = processIo): Promise<number> {
  const parsed = parseCli(argv, { thresholds: { type: 'string' } }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const storedThreshold = loadUrgentHelp(join(import.meta.dirname, '..', 'content', 'vocabularies')).model?.threshold ?? 0.5;
  const request = readRequest(parsed.positionals, parsed.values.thresholds, storedThreshold);
  if (typeof request === 'string') {
    io.err(`${request}\n\n${USAGE}`);
    return 2;
  }
  const set = trainingExamples();
  io.out(`Cross-validating on ${set.examples.length} searches (five folds)…`);
  const rows = budgetCrossValidation(
    set.examples,
    set.topics,
    modelFeatures,
    readSignpostModel,
    set.stopped,
    (i) => set.sources[i] === 'everyday',
    request.budgetsKb.map((kb) => kb * 1024),
    request.thresholds,
  );
  io.out('| Budget | Threshold | Danger found | Everyday alarms | Each fold stored (KB gzip at prune) |');
  io.out('| --- | --- | --- | --- | --- |');
  for (const r of rows)
    io.out(
      `| ${r.budgetBytes / 1024} KB | ${r.threshold} | ${r.found} of ${r.danger} | ${r.alarms} of ${r.everyday} | ${r.stored.map((s) => `${(s.gzipBytes / 1024).toFixed(1)} at ${s.prune}`).join(', ')} |`,
    );
  return 0;
}

await runMain(import.meta, main);
