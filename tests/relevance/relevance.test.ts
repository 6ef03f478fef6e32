/**
 * Relevance you can measure: everyday queries over the example directory (content/), through query
 * understanding and the fallback plan as the search page runs them. The bar is on the HELD-OUT set
 * (tests/relevance/held-out.yaml, never tuned on): success@3 at least 95% and no query that finds nothing,
 * on the embedded engine, and on Meilisearch too when MEILI_URL and MEILI_MASTER_KEY are set. The tuning
 * set must find something for every query. The substring baseline (the DfE directory's approach) must
 * stay clearly worse, so the comparison means something.
 */
import { describe, expect, it } from 'vitest';
import { BAR, isBaseline, realEngines, runRelevance, type EngineFigures } from '../../scripts/relevance.ts';

/** What the whole held-out set measures (bench/relevance.md), at or above the bar: see the test. */
const HELD_OUT_FLOOR = 0.97;

const host = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;

// Every query of both sets through every engine: 18,686 searches took 4.3 minutes alone on two cores with Meilisearch
// (7 December 2026), and the sets grow each round, so the limit is far above that; it stops a hang, not a slow run.
const WHOLE_RUN_TIMEOUT_MS = 900_000;

describe('relevance on the example directory', () => {
  it('meets the bar on the held-out set on every engine, and beats the substring baseline', { timeout: WHOLE_RUN_TIMEOUT_MS }, async () => {
    const r = await runRelevance({ meili: host && masterKey ? { host, masterKey } : undefined });
    const failing = (f: EngineFigures) =>
      f.outcomes.filter((o) => !o.success).map((o) => `"${o.query.q}" → ${o.top.map((h) => h.name).join('; ') || 'no results'}`);
    const empty = (f: EngineFigures) => f.outcomes.filter((o) => o.total === 0).map((o) => o.query.q);
    expect(r.sets.heldOut.engines[0]!.figures.queries).toBeGreaterThanOrEqual(150);
    expect(r.sets.tuning.engines[0]!.figures.queries + r.sets.heldOut.engines[0]!.figures.queries).toBeGreaterThanOrEqual(300);
    // Stratified: every need is what at least 12 queries want first.
    const firstNeeds = [...r.sets.tuning.engines[0]!.figures.outcomes, ...r.sets.heldOut.engines[0]!.figures.outcomes].map((o) => o.query.needs[0]!);
    for (const need of new Set(firstNeeds)) expect(firstNeeds.filter((n) => n === need).length, `queries for ${need}`).toBeGreaterThanOrEqual(12);
    expect(new Set(firstNeeds).size).toBe(19);
    const engines = realEngines(r.sets.heldOut.engines);
    const baseline = r.sets.heldOut.engines.find(isBaseline)!;
    expect(engines.length).toBe(host && masterKey ? 2 : 1);
    for (const e of engines) {
      expect(empty(e.figures), `${e.name}: held-out queries with no results`).toEqual([]);
      // The bar (BAR, 95%) is what bench/relevance.md reports against. The whole held-out set was below it (94.6%
      // of 746) until the need guess (ADR 15). After round 7, with batch 12 (the third clean final check, written
      // by someone who read no vocabulary, run once after all other work: 98.8% of 170) and batch 13's held-out half
      // (96.7% of 121 on its first run), it measured 96.9% of 1603 on both engines, and 97.1% after need phrases
      // from batch 13's tuning half. Batch 14's held-out half (92.6% of 122 on its first run) took it to 96.99% of
      // 1725, and need phrases from batch 14's tuning half to 97.04%, both engines. Round 9 added batch 16's held-out
      // half (98.0% of 99 on its first run) and batch 15, the fifth clean final check (written blind by checker5, run
      // once after all other work: 97.7% of 172): 97.04% of 1996 (59 misses), both engines. How each batch moved it is
      // in bench/relevance.md's git log. This floor stops it
      // getting worse. Raise it as search improves; never lower it to pass. The failure gives a count, not the
      // searches: whoever tunes the understanding must not read held-out searches (a review lists them with npm run
      // relevance -- --held-out).
      expect(
        e.figures.successAt3,
        `${e.name}: held-out success@3 below the measured floor (${failing(e.figures).length} failing; see npm run relevance)`,
      ).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
      // The bar itself, which the floor is never set below now that it is met.
      expect(HELD_OUT_FLOOR).toBeGreaterThanOrEqual(BAR.successAt3);
      expect(e.figures.successAt3).toBeGreaterThan(baseline.figures.successAt3);
    }
    for (const e of realEngines(r.sets.tuning.engines)) {
      expect(empty(e.figures), `${e.name}: tuning queries with no results`).toEqual([]);
    }
  });
});
