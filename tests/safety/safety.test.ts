/**
 * Safety first: a search that signals danger shows its urgent-help panel, an ordinary one shows none. Measured
 * on the held-out half of the safety set (never tuned on: each batch was written before it was run, the first
 * before the trigger lists, and split at random) and on the tuning half. `npm run safety` writes the same figures to bench/safety.md.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { loadQuerySet } from '../../scripts/relevance.ts';
import { runSafety } from '../../scripts/safety-report.ts';
import { compileSignposts, normaliseForSignposts, signpostTriggers } from '../../site/lib/search/signposts.ts';

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

  const tuning = results.find((r) => r.half === 'tuning')!;
  const heldOut = results.find((r) => r.half === 'held-out')!;

  it('tuning half: recall >= 0.95 and no false alarms', () => {
    const missed = tuning.misses.map((m) => `"${m.q}" (expected ${m.expected.join(' or ')})`).join('\n');
    expect(tuning.recall, `recall ${tuning.found}/${tuning.triggers}; missed:\n${missed}`).toBeGreaterThanOrEqual(0.95);
    expect(tuning.falseAlarms.map((f) => `"${f.q}" showed ${f.shown.join(', ')}`)).toEqual([]);
  });

  it("held-out first batch (written before the trigger lists): the issue's bar, recall >= 0.95 and no false alarms", () => {
    const first = heldOut.byFile.find((f) => f.file === 'held-out.yaml')!;
    expect(first.found / first.triggers, `recall ${first.found}/${first.triggers}`).toBeGreaterThanOrEqual(0.95);
    expect(first.falseAlarms).toBe(0);
  });

  it("held-out final check (held-out-11.yaml, written before the day's later trigger changes, run once after): the issue's bar", () => {
    const last = heldOut.byFile.find((f) => f.file === 'held-out-11.yaml')!;
    expect(last.found / last.triggers, `recall ${last.found}/${last.triggers}`).toBeGreaterThanOrEqual(0.95);
    expect(last.falseAlarms).toBe(0);
  });

  it('whole held-out half: no worse than measured (bench/safety.md; below the bar, so the issue stays open)', () => {
    // The later held-out batches fall short of the bar (recall 0.95, no false alarms): this floor only
    // stops it getting worse. Raise it as the matcher improves; never lower it to pass.
    // Measured after round 3 merged (held-out-12 to -14 joined, each written before it was run, and brought 8 false
    // alarms on their first run): 1868/1990 (93.9%), 13 false alarms in 1209. New batches move the whole.
    // Round 4, batch s2 (held-out-18, domestic abuse and forced marriage/FGM, written before it was run): 49/71 and 5
    // false alarms in 76 on its first run, 51/71 after the round's changes; the whole measured 1920/2061 (93.2%), 18
    // false alarms in 1285 (the 13 before, and held-out-18's 5). The floor is that honest measure, not a lower bar.
    expect(heldOut.recall, `recall ${heldOut.found}/${heldOut.triggers}`).toBeGreaterThanOrEqual(0.931);
    expect(heldOut.falseAlarms.length, heldOut.falseAlarms.map((f) => f.q).join('; ')).toBeLessThanOrEqual(18);
  });
});

describe('everyday searches about other needs', () => {
  // The relevance tuning set's searches whose needs are nowhere near danger (toddler groups, childcare, money,
  // school, work...) are ordinary searches written by another hand: none may show a panel. Searches that also
  // name a need that danger can sit under (domestic abuse, staying safe, housing...) are left out.
  const NEAR_DANGER = new Set([
    'domestic-abuse',
    'staying-safe',
    'child-mental-health',
    'housing',
    'young-carers',
    'drugs-alcohol',
    'family-relationships',
    'behaviour',
  ]);
  it('show no urgent-help panel', () => {
    const vocab = loadVocabularies(join(import.meta.dirname, '../../content'));
    const signposts = compileSignposts(signpostTriggers(vocab.urgentHelp));
    const everyday = loadQuerySet(
      'tuning',
      vocab.needs.map((n) => n.id),
    ).filter((q) => !q.needs.some((n) => NEAR_DANGER.has(n)));
    expect(everyday.length).toBeGreaterThan(200);
    expect(everyday.flatMap((q) => (signposts.match(q.q).length > 0 ? [`"${q.q}" showed ${signposts.match(q.q).join(', ')}`] : []))).toEqual([]);
  });
});

describe('urgent-help.yaml trigger words', () => {
  // The matcher rewrites a search before matching ("i am" -> "im", "cannot" -> "cant", "u" -> "you"), so a trigger
  // written the long way can never match. Every word in the file must already be in that normal form.
  it('are all written in the form the matcher reads', () => {
    const file = loadVocabularies(join(import.meta.dirname, '../../content')).urgentHelp;
    const patterns = [
      ...Object.values(file.sets).flat(),
      ...file.notTypos,
      ...file.topics.flatMap((t) => [
        ...t.triggers.phrases,
        ...t.triggers.combinations.flatMap((c) => [...c.all.filter((s) => typeof s !== 'string').flat(), ...c.except]),
      ]),
    ];
    const unreadable = patterns.filter((p) => normaliseForSignposts(p.replace(/\*/g, '')) !== p.replace(/\*/g, ''));
    expect(unreadable).toEqual([]);
  });
});
