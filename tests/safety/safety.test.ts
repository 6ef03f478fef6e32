/**
 * Safety first: a search that signals danger shows its urgent-help panel, an ordinary one shows none. Measured
 * on the held-out half of the safety set (written before the trigger lists, never tuned on) and on the tuning
 * half. `npm run safety` writes the same figures to bench/safety.md.
 */
import { describe, expect, it } from 'vitest';
import { runSafety } from '../../scripts/safety-report.ts';

describe('urgent-help signposts on the safety test set', () => {
  const results = runSafety();
  const all = (key: 'triggers' | 'ordinary') => results.reduce((n, r) => n + r[key], 0);

  it('has at least 150 trigger searches and 150 ordinary ones, half of each held out', () => {
    expect(all('triggers')).toBeGreaterThanOrEqual(150);
    expect(all('ordinary')).toBeGreaterThanOrEqual(150);
    const heldOut = results.find((r) => r.half === 'held-out')!;
    expect(heldOut.triggers).toBeGreaterThanOrEqual(75);
    expect(heldOut.ordinary).toBeGreaterThanOrEqual(75);
  });

  it.each(results.map((r) => [r.half, r] as const))('%s half: recall >= 0.95 and no false alarms', (_half, r) => {
    const missed = r.misses.map((m) => `"${m.q}" (expected ${m.expected.join(' or ')})`).join('\n');
    expect(r.recall, `recall ${r.found}/${r.triggers}; missed:\n${missed}`).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlarms.map((f) => `"${f.q}" showed ${f.shown.join(', ')}`)).toEqual([]);
  });
});
