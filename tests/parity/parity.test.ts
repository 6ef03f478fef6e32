/**
 * Engine parity beyond the contract: the everyday searches in queries.yaml through the embedded engine and a
 * real Meilisearch, on the example directory. Runs when MEILI_URL and MEILI_MASTER_KEY are set (the global
 * setup sets them when a meilisearch binary is on the PATH); otherwise it is skipped, and says so.
 * `npm run parity` writes the same comparison, with every difference and its reason, to bench/parity.md.
 */
import { describe, expect, it } from 'vitest';
import { figures, loadParityQueries, PARITY_TARGETS, runParity, type ParityRun } from './parity.ts';

const host = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
const configured = Boolean(host && masterKey);
if (!configured) console.log('Engine parity suite SKIPPED: MEILI_URL and MEILI_MASTER_KEY are not set and no meilisearch binary was found');

/**
 * The targets (PARITY_TARGETS), and a little above where the engines already agree more
 * (bench/parity.md): a change that makes them agree less fails here. Raise these as causes are fixed;
 * never lower them to pass.
 */
const FLOOR = {
  totals: Math.max(PARITY_TARGETS.totals, 0.98),
  top: Math.max(PARITY_TARGETS.top, 0.98),
  needs: Math.max(PARITY_TARGETS.needs, 0.98),
} as const;

describe('everyday searches', () => {
  it('number at least 200, in a tuning and a held-out half', () => {
    const qs = loadParityQueries();
    expect(qs.length).toBeGreaterThanOrEqual(200);
    expect(qs.filter((q) => q.half === 'held-out').length).toBeGreaterThanOrEqual(100);
  });
});

describe.skipIf(!configured)('engine parity on a real Meilisearch', () => {
  let run: ParityRun;
  const get = async () => (run ??= await runParity(host ?? '', masterKey ?? ''));

  it('finds the same totals, top result and top needs at least as often as the issue asks', { timeout: 240_000 }, async () => {
    const f = figures((await get()).outcomes);
    const gap = `targets ${JSON.stringify(PARITY_TARGETS)}, measured ${JSON.stringify(f)}`;
    expect(f.totals, gap).toBeGreaterThanOrEqual(FLOOR.totals);
    expect(f.top, gap).toBeGreaterThanOrEqual(FLOOR.top);
    expect(f.needs, gap).toBeGreaterThanOrEqual(FLOOR.needs);
  });

  it('agrees on the totals the issue found apart (childminder, EHCP advice, CAMHS, autism assessment at 7) within one service', {
    timeout: 240_000,
  }, async () => {
    const { outcomes } = await get();
    for (const q of ['childminder', 'EHCP advice', 'CAMHS', 'autism assessment']) {
      const o = outcomes.find((x) => x.query.q === q);
      expect(o, q).toBeDefined();
      expect(Math.abs(o!.embedded.total - o!.meilisearch.total), `${q}: ${o!.embedded.total} vs ${o!.meilisearch.total}`).toBeLessThanOrEqual(1);
    }
  });
});
