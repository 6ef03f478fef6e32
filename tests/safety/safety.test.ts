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
    // Measured after round 5 merged and the clean final check (held-out-20) joined: 2781/2959 (94.0%), 17 false
    // alarms in 2177. Round 5's four new files measured 76-93% on their first run (83-96% after the round) and
    // brought 5 false alarms. New batches move the whole; set it to what they measure.
    // Round 6: four topic writers' held-out files (held-out-25 to -28: 83.6%, 91.0%, 90.3% and 87.5% after the
    // round, 10 false alarms in 327, most of them there on the first run), an everyday-behaviour batch
    // (held-out-30: 19/19, 3 false alarms in 59; 7 on its first run, before the guards from its tuning half) and
    // the clean final check held-out-29. Whole half: 3277/3477 (94.2%), 32 false alarms in 2735. A second
    // everyday batch, about a child's care (held-out-31: 12/13, 2 false alarms in 45 on its first run, which the
    // guards from its tuning half did not change): 3288/3490 (94.2%), 34 false alarms in 2780. A third, about
    // lost things, sleepovers, housing and couples (held-out-32: 13/13, 3 false alarms in 42 on its first run, not
    // changed by its tuning half's guards): 3301/3503 (94.2%), 37 false alarms in 2822. A fourth, about couples,
    // idioms and first aid (held-out-33: 8/8, 2 false alarms in 31 on its first run, unchanged): 3309/3511 (94.2%), 38
    // false alarms in 2853. Round 7, domestic abuse and suicide and self-harm (r7-d): a new batch (held-out-37: 46/50,
    // no false alarm in 65 on its first run, unchanged after) joined: 3355/3561 (94.2%); guards written from everyday
    // searches (training, volunteering, a partner's words that are not violence, a toddler hitting out) took the
    // false alarms from 38 to 35 in 2918.
    expect(heldOut.recall, `recall ${heldOut.found}/${heldOut.triggers}`).toBeGreaterThanOrEqual(0.942);
    // Counts only: a held-out search printed in a failure would be read by whoever is tuning the words (`npm run
    // safety` lists them in bench/safety.md for the review, apart from the work of changing the words).
    expect(heldOut.falseAlarms.length, `${heldOut.falseAlarms.length} false alarms; see npm run safety`).toBeLessThanOrEqual(35);
  });

  it('clean final checks (written by people who read no trigger words, each run once after a round): no worse than measured', () => {
    // held-out-15, run once after round 4: 199/210 (94.8%) with 1 false alarm in 170, just short of the bar
    // (0.95, none). After round 5: 201/210 (95.7%), still 1 false alarm (a round-5 helper saw its figures, not its
    // searches, while working, so it is no longer a first run).
    const earlier = heldOut.byFile.find((f) => f.file === 'held-out-15.yaml')!;
    expect(earlier.found / earlier.triggers, `recall ${earlier.found}/${earlier.triggers}`).toBeGreaterThanOrEqual(0.957);
    expect(earlier.falseAlarms, `${earlier.falseAlarms} false alarms; see npm run safety`).toBeLessThanOrEqual(1);
    // held-out-20, run once after round 5 and the fixes that followed it: 200/210 (95.2%), no false alarm in 171.
    // After round 6: 202/210 (96.2%), still none.
    const twenty = heldOut.byFile.find((f) => f.file === 'held-out-20.yaml')!;
    expect(twenty.found / twenty.triggers, `recall ${twenty.found}/${twenty.triggers}`).toBeGreaterThanOrEqual(0.961);
    expect(twenty.falseAlarms, `${twenty.falseAlarms} false alarms; see npm run safety`).toBe(0);
    // held-out-29, run once after round 6 and the fixes that followed it: 201/210 (95.7%), 1 false alarm in 172.
    const last = heldOut.byFile.find((f) => f.file === 'held-out-29.yaml')!;
    expect(last.found / last.triggers, `recall ${last.found}/${last.triggers}`).toBeGreaterThanOrEqual(0.957);
    expect(last.falseAlarms, `${last.falseAlarms} false alarms; see npm run safety`).toBeLessThanOrEqual(1);
  });
});

describe('everyday searches about other needs', () => {
  // The relevance tuning set's searches (content/vocabularies/search-examples.yaml) whose needs are nowhere
  // near danger (toddler groups, childcare, money, school, work...) are ordinary searches written by another
  // hand: none may show a panel. Searches that also name a need that danger can sit under (domestic abuse,
  // staying safe, housing...) are left out.
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
        ...t.triggers.combinations.flatMap((c) => [
          ...c.all.filter((s) => typeof s !== 'string').flat(),
          ...c.except.filter((e) => !e.startsWith('$')),
        ]),
      ]),
    ];
    const unreadable = patterns.filter((p) => normaliseForSignposts(p.replace(/\*/g, '')) !== p.replace(/\*/g, ''));
    expect(unreadable).toEqual([]);
  });
});
