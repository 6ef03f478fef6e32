import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { modelFeatures, readSignpostModel } from '../../site/lib/search/signpost-model.ts';
import {
  budgetCrossValidation,
  crossValidate,
  type Example,
  PRUNE_STEP,
  rawScores,
  storeModel,
  storeWithinBudget,
  TRAIN_DEFAULTS,
  trainRaw,
} from './train-signpost-model.ts';

const topics = ['domestic-abuse', 'missing-child'] as const;
// Danger told in a few words each way, and everyday searches sharing some of those words.
const examples: Example[] = [
  ...['he hits me', 'my husband hits me', 'partner hits me every night', 'he hit me again', 'boyfriend hits me when drunk', 'my ex hits me'].map(
    (q) => ({ q, topics: ['domestic-abuse' as const] }),
  ),
  ...['my son is missing', 'daughter missing since friday', 'my child has gone missing', 'teen son missing all night', 'son missing again'].map(
    (q) => ({
      q,
      topics: ['missing-child' as const],
    }),
  ),
  ...[
    'cricket club hits',
    'top hits for kids party',
    'baby hits milestones',
    'missing my nan',
    'missing school trip money',
    'lost my husbands keys',
    'my son likes cricket',
    'swimming for my daughter',
    'party for my child',
    'football on friday night',
  ].map((q) => ({ q, topics: [] })),
];
// Every example counts once: this set is as much everyday as danger, unlike the real one.
const options = { ...TRAIN_DEFAULTS, minCount: 1, everydayWeight: 1 };

describe('trainRaw', () => {
  const raw = trainRaw(examples, topics, modelFeatures, options);

  it('learns each topic from its examples and keeps everyday searches below it', () => {
    const [abuse, missing] = rawScores(raw, 'my partner hits me', modelFeatures);
    expect(abuse).toBeGreaterThan(0.6);
    expect(missing).toBeLessThan(0.3);
    expect(rawScores(raw, 'my son is missing', modelFeatures)[1]).toBeGreaterThan(0.6);
    for (const q of ['cricket club hits', 'party for my child']) expect(Math.max(...rawScores(raw, q, modelFeatures))).toBeLessThan(0.5);
  });

  it('gives the same model from the same examples (a fixed seed, no clock or randomness)', () => {
    const again = trainRaw(examples, topics, modelFeatures, options);
    expect([...again.weights[0]!]).toEqual([...raw.weights[0]!]);
    expect(again.bias).toEqual(raw.bias);
  });

  it('stores the weights in whole units that read back to nearly the same scores', () => {
    const stored = storeModel(raw, 0.6, { examples: examples.length, danger: 11, fingerprint: 'x' }, { ...options, prune: 0 });
    const read = readSignpostModel(stored);
    for (const q of ['he hits me', 'missing my nan', 'my daughter is missing'])
      read.scores(q).forEach((s, t) => expect(s.p).toBeCloseTo(rawScores(raw, q, modelFeatures)[t]!, 2));
    expect(read.match('boyfriend hits me')).toEqual(['domestic-abuse']);
  });

  it('drops weights smaller than the prune size, and features left with none', () => {
    const pruned = storeModel(raw, 0.6, { examples: 0, danger: 0, fingerprint: 'x' }, { ...options, prune: 100 });
    expect(pruned.features).toBe('');
    expect(pruned.topics.every((t) => t.weights === '')).toBe(true);
  });
});

describe('storeWithinBudget', () => {
  const raw = trainRaw(examples, topics, modelFeatures, options);
  const on = { examples: examples.length, danger: 11, fingerprint: 'x' };
  const size = (m: object) => gzipSync(JSON.stringify(m), { level: 9 }).length;

  it('keeps the prune level asked for when the model already fits', () => {
    const { model, prune } = storeWithinBudget(raw, 0.6, on, 1_000_000, { ...options, prune: 0 });
    expect(prune).toBe(0);
    expect(model).toEqual(storeModel(raw, 0.6, on, { ...options, prune: 0 }));
  });

  it('drops the smallest weights, a twentieth at a time, until the stored model fits', () => {
    const whole = size(storeModel(raw, 0.6, on, { ...options, prune: 0 }));
    const { model, prune, gzipBytes } = storeWithinBudget(raw, 0.6, on, whole - 40, { ...options, prune: 0 });
    expect(prune).toBeGreaterThan(0);
    expect(gzipBytes).toBe(size(model));
    expect(gzipBytes).toBeLessThanOrEqual(whole - 40);
    // One step less pruning would not have fitted.
    expect(size(storeModel(raw, 0.6, on, { ...options, prune: Number((prune - PRUNE_STEP).toFixed(2)) }))).toBeGreaterThan(whole - 40);
  });
});

describe('crossValidate', () => {
  it('scores every example with a model that never saw it', () => {
    const scores = crossValidate(examples, topics, modelFeatures, 3, options);
    expect(scores).toHaveLength(examples.length);
    for (const s of scores) expect(s).toHaveLength(topics.length);
    // Unseen, "he hits me" still scores above an everyday search, on what its neighbours taught; seen, higher still.
    const everyday = examples.findIndex((e) => e.q === 'swimming for my daughter');
    expect(scores[0]![0]).toBeGreaterThan(scores[everyday]![0]!);
    expect(scores[0]![0]).toBeLessThan(rawScores(trainRaw(examples, topics, modelFeatures, options), 'he hits me', modelFeatures)[0]!);
  });
});

describe('budgetCrossValidation', () => {
  const stopped = examples.map(() => [] as string[]);
  const isEveryday = (i: number) => examples[i]!.topics.length === 0;
  const run = (budgets: number[], thresholds: number[]) =>
    budgetCrossValidation(examples, topics, modelFeatures, readSignpostModel, stopped, isEveryday, budgets, thresholds, 3, options);

  it('reads every example once per budget and threshold, each fold stored within its share of the budget', () => {
    // Half of what the whole model takes unpruned: each fold's model must drop weights to fit.
    const small = Math.round(
      gzipSync(
        JSON.stringify(
          storeModel(trainRaw(examples, topics, modelFeatures, options), 0.5, { examples: 0, danger: 0, fingerprint: '' }, { ...options, prune: 0 }),
        ),
      ).length / 2,
    );
    const rows = run([small, 100_000], [0.5, 0.7]);
    expect(rows.map((r) => [r.budgetBytes, r.threshold])).toEqual([
      [small, 0.5],
      [small, 0.7],
      [100_000, 0.5],
      [100_000, 0.7],
    ]);
    for (const r of rows) {
      expect([r.danger, r.everyday]).toEqual([11, 10]);
      expect(r.stored).toHaveLength(3);
      for (const s of r.stored) expect(s.gzipBytes).toBeLessThanOrEqual(r.budgetBytes);
    }
    // A budget too small for every weight prunes harder than one with room to spare.
    expect(rows[0]!.stored.every((s, k) => s.prune > rows[2]!.stored[k]!.prune)).toBe(true);
  });

  it('finds no more and alarms no more at a stricter threshold', () => {
    const [lower, stricter] = run([100_000], [0.5, 0.8]);
    expect(stricter!.found).toBeLessThanOrEqual(lower!.found);
    expect(stricter!.alarms).toBeLessThanOrEqual(lower!.alarms);
    expect(lower!.found).toBeGreaterThan(0);
  });

  it('shows nothing the lists keep quiet for that example (their except words veto the model)', () => {
    const quiet = examples.map((e) => (e.topics.length > 0 ? [...topics] : []));
    const [row] = budgetCrossValidation(examples, topics, modelFeatures, readSignpostModel, quiet, isEveryday, [100_000], [0.5], 3, options);
    expect(row!.found).toBe(0);
  });
});
