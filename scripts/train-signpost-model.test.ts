import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUrgentHelp } from '../content/lib/urgent-help.ts';
import { memoryIo } from './lib/cli.ts';
import { compileSignposts, signpostTriggers } from '../site/lib/search/signposts.ts';
import { DANGER_NEEDS, EVERYDAY_NEEDS, isEverydayExample, main, trainedOn, trainingExamples } from './train-signpost-model.ts';

describe('npm run safety:train', () => {
  const set = trainingExamples();

  it('the shipped word model was trained on the examples as they are now (else: npm run safety:train)', () => {
    const model = loadUrgentHelp(join(import.meta.dirname, '..', 'content', 'vocabularies')).model!;
    expect(
      model.trained_on,
      'The safety tuning half, search examples or need phrases changed: run npm run safety:train and commit the model',
    ).toEqual(trainedOn(set));
  });

  it('learns danger from the tuning half only, and everyday searches from several sources', () => {
    const danger = set.examples.filter((e) => e.topics.length > 0);
    expect(danger.length).toBeGreaterThan(3000);
    expect(set.sources.filter((s) => s === 'everyday').length).toBeGreaterThan(5000);
    expect(set.sources.filter((s) => s === 'need phrase').length).toBeGreaterThan(1000);
    expect(set.sources.length).toBe(set.examples.length);
    // Where the lists' except words kept a topic quiet, the site never lets the model show it: the threshold is
    // chosen with the same veto.
    expect(set.stopped.length).toBe(set.examples.length);
    expect(set.stopped.filter((ids) => ids.length > 0).length).toBeGreaterThan(100);
    // The danger searches, and only they, carry topics.
    expect(set.examples.every((e, i) => e.topics.length > 0 === (set.sources[i] === 'danger'))).toBe(true);
    expect(EVERYDAY_NEEDS).not.toContain('domestic-abuse');
  });

  it('never learns a search example that tells of danger as an everyday search', () => {
    const lists = compileSignposts(signpostTriggers(loadUrgentHelp(join(import.meta.dirname, '..', 'content', 'vocabularies'))));
    const example = (q: string, needs: string[], why?: string) => ({ q, needs, who: 'parent' as const, ...(why ? { why } : {}) });
    // Wants a danger need, though no list reads it as danger.
    expect(isEverydayExample(example('is it normal to be scared of my partner', ['domestic-abuse']), lists)).toBe(false);
    // A list shows a panel, though the example wants only an everyday need.
    expect(isEverydayExample(example('my boyfriend hit me im 16', ['youth']), lists)).toBe(false);
    expect(isEverydayExample(example('swimming lessons for a 5 year old', ['family-activities']), lists)).toBe(true);
    expect(isEverydayExample(example('swimming lessons for a 5 year old', ['family-activities'], 'safety phrase'), lists)).toBe(false);
    expect(DANGER_NEEDS.some((id) => (EVERYDAY_NEEDS as string[]).includes(id))).toBe(false);
    // So no everyday search the model learns from shows a panel with the lists alone (the tuning half's ordinary
    // searches are held to that in tests/safety; the search examples by this rule).
    const everyday = set.examples.filter((_, i) => set.sources[i] === 'everyday').map((e) => e.q);
    expect(everyday.filter((q) => lists.match(q).length > 0)).toEqual([]);
    // It matches 35,000 everyday searches against the whole trigger word set: about 20 s alone, twice that beside
    // other work on a two-core machine.
  }, 90_000);

  it('answers --help without training', async () => {
    const io = memoryIo();
    expect(await main(['--help'], {}, io)).toBe(0);
    expect(io.stdout).toContain('npm run safety:train');
  });
});

describe('npm run safety:budgets', () => {
  it('reads the budgets and thresholds asked for, or says plainly what is wrong', async () => {
    const { readRequest } = await import('./safety-model-budgets.ts');
    expect(readRequest(['40', '56'], '0.5, 0.55', 0.58)).toEqual({ budgetsKb: [40, 56], thresholds: [0.5, 0.55] });
    expect(readRequest(['56'], undefined, 0.58)).toEqual({ budgetsKb: [56], thresholds: [0.58] });
    expect(readRequest([], undefined, 0.58)).toMatch(/at least one size budget/);
    expect(readRequest(['big'], undefined, 0.58)).toMatch(/"big" is not a size in KB/);
    expect(readRequest(['56'], '0.5,2', 0.58)).toMatch(/"2" is not a threshold/);
  });

  it('answers --help without training, and a missing budget with its usage', async () => {
    const { main: budgets } = await import('./safety-model-budgets.ts');
    const io = memoryIo();
    expect(await budgets(['--help'], {}, io)).toBe(0);
    expect(io.stdout).toContain('npm run safety:budgets');
    const bad = memoryIo();
    expect(await budgets([], {}, bad)).toBe(2);
    expect(bad.stderr).toContain('Give at least one size budget');
  });
});
