/**
 * Safety first: a search that signals danger shows its urgent-help panel, an ordinary one shows none. Measured
 * on the held-out half of the safety set (never tuned on: each batch was written before it was run, the first
 * before the trigger lists, and split at random) and on the tuning half. `npm run safety` writes the same figures to bench/safety.md.
 * Read as the site reads: the trigger lists and the word model beside them (signpost-model.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { loadQuerySet } from '../../scripts/relevance.ts';
import { type HalfResult, measureSafety, readHalves, SAFETY_HALVES, safetyReaders } from '../../scripts/safety-report.ts';
import { compileUrgentHelp } from '../../site/lib/search/signpost-model.ts';
import { normaliseForSignposts } from '../../site/lib/search/signpost-normalise.ts';

describe('urgent-help signposts on the safety test set', () => {
  const readers = safetyReaders();
  const halves = readHalves();
  const results = measureSafety(readers.site, halves);
  // The tuning half through the trigger lists alone (the model reads beside them on the site).
  const [tuningListsAlone] = measureSafety(
    readers.lists,
    halves.filter((h) => h.half === 'tuning'),
  );
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

  // The tuning files up to tuning-50.yaml were worked with the trigger lists until every search in them was found.
  // From tuning-51.yaml (round 12 on) they are examples written for the word model: it learns from them, but kept
  // general (ADR 13) it does not learn every one, so they have a floor of their own, set to what they measure.
  const workedWithLists = (file: string) => Number(/-(\d+)\.yaml$/.exec(file)?.[1] ?? 0) <= 50;
  const sum = (files: typeof tuning.byFile) =>
    files.reduce((n, f) => ({ found: n.found + f.found, triggers: n.triggers + f.triggers }), { found: 0, triggers: 0 });

  it('no tuning search repeats a held-out one (the word model trains on the tuning half)', () => {
    // Writers working side by side cannot see each other's files; the same words in both halves would be trained on
    // and then counted as unseen. Compared as the writers' checks compare: lower case, letters, digits and spaces.
    const key = (q: string) =>
      q
        .toLowerCase()
        .replace(/[^a-z0-9 ]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const searches = (sets: ReturnType<typeof readHalves>[number]['sets']) => sets.flatMap((x) => [...x.triggers.map((t) => t.q), ...x.ordinary]);
    const [tuningFiles, heldOutFiles] = SAFETY_HALVES.map((half) => halves.find((h) => h.half === half)!.sets);
    const heldOutKeys = new Set(searches(heldOutFiles!).map(key));
    expect(searches(tuningFiles!).filter((q) => heldOutKeys.has(key(q)))).toEqual([]);
  });

  // Everyday searches that tell a danger long past, from round 45's batch on the past and the resolved (tuning-205),
  // that still show a panel. A helper tried a guard for each, and each guard hid a danger told the same way now
  // ("help me as a mum" hid "my mum neglects my little sister, can anyone help me as a dad"; "finished last year" hid
  // "court case finished last year and now hes hitting me again"), so the lists keep them: a survivor shown a panel
  // costs less than a family in danger shown none. Any other false alarm fails.
  const KNOWN_PAST_DANGER_ALARMS = [
    'abused as a kid, im 35 now and doing ok but want some counselling to help me as a mum',
    'grew up with domestic violence at home, now want to do a course on healthy relationships for my teens',
    'our kid went missing for a few hours when he was 6, hes 20 now, he wants to join search and rescue',
    'i was groomed online as a teenager, now i want to teach my kids about online safety, any workshops',
    'the case against the man who abused my daughter finished last year, shes doing well, any art clubs',
    // The integrator's probes (tuning-238): "when i was younger" as a past hid "abused by my brother when i was
    // younger still affects me", a past told because it still hurts.
    'when i was younger i self harmed, now i want to volunteer with young people',
  ];
  // Round 50's batch on family exaggeration (tuning-234: "mum will kill me if i fail my mocks", "me mam says shell
  // batter me if i dont tidy my room"), written blind: the lists alone showed a panel on 52 of its 300 everyday
  // searches. A helper's guards took that to 40 and stopped there: each of the 40 comes through a different broad
  // entry (a partner or parent with a violent word, a threat to kill) and the only everyday words in them are what
  // real threats are also made over (chores, school, phones, money, food, a scan), so a guard on them would hide a
  // real threat told the same way. They are counted apart, with a ceiling that only comes down, until the lists
  // can read a threat said over a trifle as a class; any other false alarm fails.
  const HYPERBOLE_FILE = 'tuning-234.yaml';
  const hyperbole = (() => {
    const t = halves.find((h) => h.half === 'tuning')!;
    return new Set(t.sets[t.files.indexOf(HYPERBOLE_FILE)]!.ordinary);
  })();
  const HYPERBOLE_ALARMS_LISTS = 40;
  const HYPERBOLE_ALARMS_SITE = 40;
  /** A half's false alarms but the reviewed ones and round 50's counted exaggerations, each as "search" showed topics. */
  const unreviewedAlarms = (r: HalfResult) =>
    r.falseAlarms.filter((f) => !KNOWN_PAST_DANGER_ALARMS.includes(f.q) && !hyperbole.has(f.q)).map((f) => `"${f.q}" showed ${f.shown.join(', ')}`);
  it('tuning-234, family exaggeration: no more everyday searches with a panel than measured', () => {
    const count = (r: HalfResult) => r.falseAlarms.filter((f) => hyperbole.has(f.q)).length;
    expect(count(tuningListsAlone!), 'the lists alone').toBeLessThanOrEqual(HYPERBOLE_ALARMS_LISTS);
    expect(count(tuning), 'the lists and the model').toBeLessThanOrEqual(HYPERBOLE_ALARMS_SITE);
  });
  it('tuning half: no false alarms from the trigger lists (but six reviewed ones), and no more than measured with the word model', () => {
    expect(unreviewedAlarms(tuningListsAlone!)).toEqual([]);
    // With the model, a panel the lists nearly show needs only even odds (signpost-model.ts, FURTHER_PANEL_THRESHOLD):
    // on 3 December 2026 that found 68 more held-out danger searches and cost two of the tuning half's 7,932 everyday
    // searches a panel, both near a danger ("where can we go tonight with the kids" for homeless-tonight, a
    // neighbour's children minded after school while she works nights for child-at-risk). Round 19 (4 December 2026)
    // added 1,356 everyday searches and trained the model again: one more, a niece who married young in the 1990s
    // and is now a grandmother (forced-marriage-fgm, nearly shown by the family-and-marriage combinations). Round 20
    // (864 more) and the model trained again: one more, "getting married abroad is it legal in the uk". No more.
    const shown = unreviewedAlarms(tuning);
    expect(shown.length, shown.join('\n')).toBeLessThanOrEqual(4);
  });

  it('tuning files worked with the trigger lists (tuning.yaml to tuning-50.yaml): every search found', () => {
    const listed = tuning.byFile.filter((f) => workedWithLists(f.file));
    expect(listed.length).toBeGreaterThanOrEqual(50);
    const { found, triggers } = sum(listed);
    const short = listed.filter((f) => f.found < f.triggers).map((f) => `${f.file} (${f.found}/${f.triggers})`);
    expect(found, `${triggers - found} missed, in ${short.join(', ')}: see npm run safety`).toBe(triggers);
  });

  it('tuning files written for the word model (tuning-51.yaml on): no fewer found than measured', () => {
    // Rounds 12 to 15 (tuning-51 to -65), with the model trained on them: 3098 of 3775 (82.1%). The lists alone
    // found 2,872 of them; the writers' first runs, before any training on them, about 83% of the step-1 searches.
    // Round 16 then worked the lists on their misses, as concepts: 3709 (98.3%; the lists alone 3688). Round 17's five
    // writers each wrote a batch (tuning-66 to -70) and then worked the lists on its misses (the lists alone found 600
    // of its 750 on the first run, 741 after); with the model trained again: 4457 of 4525 (98.5%).
    const forModel = tuning.byFile.filter((f) => !workedWithLists(f.file));
    const { found, triggers } = sum(forModel);
    const missed = tuning.misses.map((m) => `"${m.q}" (expected ${m.expected.join(' or ')})`).join('\n');
    expect(found / triggers, `found ${found}/${triggers}; missed in the whole tuning half:\n${missed}`).toBeGreaterThanOrEqual(0.9849);
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
    // The later held-out batches fall short of the bar (recall 0.95, no false alarms): this floor only stops
    // it getting worse. Each new batch moves the whole, so set it to what the batch measures on its first run; raise
    // it as the matcher improves; never lower it to pass. How each round moved these figures is in ADR 13 (docs/
    // decisions/0013-urgent-help-signposts.md, one section a round) and in bench/safety.md's git log.
    // Now (round 61, 7 December 2026, with the fifty-eighth and fifty-ninth clean final checks, held-out-123 and
    // -124, and the model trained after the round's probes and relevance batch 98): 16990/17543 (96.85%), 96 false
    // alarms in 15199 (the lists alone 16649, 94). On the files to held-out-122 (round 60: 16568 of 17123 and 92; the
    // lists alone 16247 and 90) round 61 finds 16581 with 92 (the lists alone 16247 and 90): the probers' guards and
    // the integrator's narrowed guards moved no held-out search, and the retrain found 13 more. held-out-123 added
    // three alarms and -124 one. The model is
    // trained once a round, after its last batch, by the trainer's own rule on the tuning half (threshold 0.5): a
    // retrain is kept whatever the held-out figures do, as picking a model by them would tune on them. ADR 13 gives
    // each step.
    expect(heldOut.recall, `recall ${heldOut.found}/${heldOut.triggers}`).toBeGreaterThanOrEqual(0.9684);
    // Counts only: a held-out search printed in a failure would be read by whoever is tuning the words (`npm run
    // safety -- --held-out` prints them for a review, apart from the work of changing the words).
    expect(
      heldOut.falseAlarms.length,
      `${heldOut.falseAlarms.length} false alarms; a review lists them with npm run safety -- --held-out`,
    ).toBeLessThanOrEqual(96);
  });

  // Written by people who read no trigger words, each run once after the round it followed, then kept as floors.
  // [file, recall floor, most false alarms, what it measured]
  const cleanChecks: [string, number, number, string][] = [
    [
      'held-out-15.yaml',
      0.985,
      1,
      'after round 4: 199/210 with 1 false alarm in 170; after round 7: 202/210, 1; rounds 8 and 9: 205/210, 1; round 15: 207, 1; round 19: 207, none; rounds 26 and 27: 209, 1 (the retrained model; the lists alone none)',
    ],
    ['held-out-20.yaml', 0.966, 0, 'after round 5: 200/210, no false alarm in 171; after round 7: 202/210; rounds 8 and 9: 203/210, none'],
    [
      'held-out-29.yaml',
      0.971,
      // Round 29's words set off one of its everyday searches (the lists alone): allowed and recorded rather than
      // found and guarded, since guarding it would tune the words on a held-out search.
      1,
      'after round 6: 201/210 with 1 false alarm in 172; after round 7: 201/210; rounds 8 and 9: 203/210; round 11 and the model: 204/210, none; round 29: 207, 1 (from the lists)',
    ],
    [
      'held-out-38.yaml',
      0.99,
      0,
      'after round 7: 202/210 (96.2%), no false alarm in 178; round 8: 203/210; round 9: 205; round 10: 207; round 11 and the model: 208, none',
    ],
    [
      'held-out-43.yaml',
      0.957,
      0,
      'after round 8: 196/210 (93.3%), no false alarm in 180; after round 9: 196/210; round 10: 197/210; round 11 and the model: 200/210, none; round 18: 201',
    ],
    [
      'held-out-44.yaml',
      0.98,
      3,
      'after round 9: 202/210 (96.2%), 2 false alarms in 180; round 10: 202/210; round 11 and the model: 203/210, 2; round 15: 206, 2; round 23: 209, 2; the model no longer learning danger examples as everyday: 208, 3 (the whole held-out half 17 more found, no more false alarms)',
    ],
    [
      'held-out-53.yaml',
      0.957,
      1,
      'after round 10: 192/210 (91.4%), 2 false alarms in 182; with the word model and round 11: 196/210, 2; round 15: 200, 2; round 17 (201 with the lists changed, 199 once the model was trained on its batches), 2; round 18: 201; round 19: 201, 1',
    ],
    [
      'held-out-58.yaml',
      0.9428,
      2,
      'after round 11, with the word model: 194/210 (92.4%; the lists alone 191), 2 false alarms in 182; round 15: the same; round 16: 195; round 18: 198; round 19: 199',
    ],
    [
      'held-out-63.yaml',
      0.9476,
      1,
      'after round 15, with the word model: 191/210 (91.0%; the lists alone 188), 1 false alarm in 182; trained again: 192; round 16: 192 (the lists alone 189); round 18: 198; round 21, trained again: 197; round 22: 198; round 23: 199; the model no longer learning danger examples as everyday: 198; round 24, trained again: 197 (the lists the same, 189: the retrained model moved one search); round 25: 199',
    ],
    [
      'held-out-75.yaml',
      0.938,
      1,
      'after round 16, with the word model: 194/210 (92.4%; the lists alone 193), 1 false alarm in 180; round 17: 195; round 18: 197; round 19: 198',
    ],
    ['held-out-76.yaml', 0.919, 1, 'after round 17, with the word model: 192/210 (91.4%; the lists alone 189), 1 false alarm in 180; round 18: 193'],
    ['held-out-77.yaml', 0.9761, 1, 'after round 18, with the word model: 205/210 (97.6%; the lists alone 200), 1 false alarm in 180'],
    ['held-out-78.yaml', 0.9476, 1, 'after rounds 19 and 20, with the word model: 199/210 (94.8%; the lists alone 194), 1 false alarm in 180'],
    [
      'held-out-79.yaml',
      0.9428,
      2,
      'after round 21, with the word model (not trained again): 198/210 (94.3%; the lists alone 192), 3 false alarms in 180 (the lists alone 1); trained again: 197, 3; round 22: 198, 2; round 23: the same; the model no longer learning danger examples as everyday: 199, 2',
    ],
    [
      'held-out-80.yaml',
      0.9809,
      2,
      'after round 22, with the word model (not trained again): 206/210 (98.1%; the lists alone 202), 2 false alarms in 180 (the lists alone 2); trained again: the same; round 23: the same; the model no longer learning danger examples as everyday: 207, 2',
    ],
    [
      'held-out-81.yaml',
      0.9571,
      2,
      'after round 23, with the word model trained on it: 199/210 (94.8%; the lists alone 195), 2 false alarms in 180 (the lists alone 2); the model no longer learning danger examples as everyday: 201, 2; round 24: the same',
    ],
    [
      'held-out-82.yaml',
      0.9571,
      1,
      'after round 24, with the word model trained on it: 203/210 (96.7%; the lists alone 197), 1 false alarm in 180 (the lists alone 1); round 25: the same; the model retrained on round 26: 202; round 27: 201, 1',
    ],
    [
      'held-out-83.yaml',
      0.9571,
      0,
      'after round 25, with the word model trained on it: 201/210 (95.7%; the lists alone 194), no false alarm in 180; rounds 26 and 27: 203, none',
    ],
    [
      'held-out-84.yaml',
      // Lowered from 0.9428 (198) in round 30: the lists still find 189, the model retrained on round 30 one fewer;
      // from 0.938 (197) in round 35: the lists still find 189, the model retrained on round 35 two fewer.
      0.9285,
      0,
      'after round 26, with the word model trained on it: 197/210 (93.8%; the lists alone 187), no false alarm in 180; round 27: 198 (the lists alone 188), none; round 29: 198 (the lists alone 189), none; round 30: 197 (the lists alone 189), none; round 35: 195 (the lists alone 189), none',
    ],
    [
      'held-out-85.yaml',
      // Lowered from 0.9666 (203) in round 30: the lists still find 195, the model retrained on round 30 two fewer.
      0.9619,
      0,
      'after round 27, with the word model trained on it: 203/210 (96.7%; the lists alone 195), no false alarm in 180; round 28: the same; round 29: 204, none; round 30: 202 (the lists alone 195), none',
    ],
    [
      'held-out-86.yaml',
      0.9523,
      1,
      'after round 28, with the word model trained on it: 200/210 (95.2%; the lists alone 196), 1 false alarm in 180 (the lists alone 1); rounds 29 and 30: the same',
    ],
    [
      'held-out-87.yaml',
      // Lowered from 0.9809 (206) in round 48: the model retrained on round 48 finds 205 (the lists alone 204, as before).
      0.9761,
      3,
      'after round 29, with the word model trained on it: 206/210 (98.1%; the lists alone 204), 3 false alarms in 180 (the lists alone 2); round 30: the same',
    ],
    [
      'held-out-88.yaml',
      // Lowered from 0.9904 (208) in round 42: the lists still find 205, the model retrained on round 42 one fewer.
      // Lowered from 0.9857 (207) in round 44: the model at its stricter threshold one fewer (206).
      0.9809,
      1,
      'after round 30, with the word model trained on it: 208/210 (99.0%; the lists alone 205), 1 false alarm in 180 (the lists alone none); round 42: 207, none',
    ],
    [
      'held-out-89.yaml',
      // Lowered from 0.9714 (204) in round 34: the model retrained on round 34 finds one fewer.
      0.9666,
      0,
      'after round 30, a second check with nothing changed between: 204/210 (97.1%; the lists alone 201), no false alarm in 180; round 34: 203',
    ],
    [
      'held-out-90.yaml',
      0.9523,
      1,
      'after round 31, with the word model trained on it: 200/210 (95.2%; the lists alone 196), 1 false alarm in 180 (the lists alone 1); round 32: the same; round 33: 201, 1',
    ],
    [
      'held-out-91.yaml',
      // Round 56's retrain (kept by the trainer's rule, whatever the held-out figures do) moved two of this file's
      // searches below the model's threshold and two elsewhere above it: the whole half found the same 14965. Round 59's
      // retrain (the same rule) moved one more below it (the lists alone still 202); the files to held-out-118 lost ten.
      0.9714,
      1,
      'after round 33, with the word model trained on it: 206/210 (98.1%; the lists alone 202), 1 false alarm in 180 (the lists alone 1); round 34: the same; round 55: 207; round 56, trained again: 205 (97.6%); round 59, trained again: 204 (97.1%), no false alarm',
    ],
    [
      'held-out-92.yaml',
      0.9666,
      0,
      'after round 34, with the word model trained on it: 203/210 (96.7%; the lists alone 201), no false alarm in 180; round 35: 204; round 37: the same',
    ],
    [
      'held-out-93.yaml',
      // Lowered from 0.9619 (202) in round 40: the lists still find 200, the model retrained on rounds 39 and 40 one fewer.
      0.9571,
      0,
      'after round 35, with the word model trained on it: 202/210 (96.2%; the lists alone 200), no false alarm in 180 (203 with the first model trained on the round, before a relevance search was guarded and the model trained again); round 36: the same; rounds 39 and 40: 201',
    ],
    [
      'held-out-94.yaml',
      // Lowered from 0.9523 (200) in round 49: the model retrained on round 49's last two batches finds 199 (the lists
      // alone 193, as before). Below the 0.95 on this one file; the note for round 49 says so.
      0.9476,
      0,
      'after round 36, with the word model trained on it: 200/210 (95.2%; the lists alone 193), no false alarm in 180; round 37: the same',
    ],
    [
      'held-out-95.yaml',
      0.9571,
      1,
      'after round 37, with the word model trained on it: 201/210 (95.7%; the lists alone 198), 1 false alarm in 180 (the lists alone 1); round 38: 202',
    ],
    ['held-out-96.yaml', 0.9952, 0, 'after round 38, with the word model trained on it: 209/210 (99.5%; the lists alone 207), no false alarm in 180'],
    [
      'held-out-97.yaml',
      0.9809,
      1,
      'after rounds 39 and 40, with the word model trained on them: 206/210 (98.1%; the lists alone 201), 1 false alarm in 180 (the lists alone 1)',
    ],
    [
      'held-out-98.yaml',
      // At most 1 false alarm in rounds 44 and 45; 2 again from round 46, whose model (everyday examples weighed 8)
      // shows one of its own here while showing fewer on the whole held-out half (71 on the files to held-out-102,
      // where the model as trained before showed 75). Lowered from 0.9809 (206) in round 45, when the model found 205;
      // round 46's finds 206 again (the lists alone 204).
      0.9761,
      2,
      'after round 41, with the word model trained on it: 206/210 (98.1%; the lists alone 204), 2 false alarms in 180 (the lists alone 1)',
    ],
    [
      'held-out-99.yaml',
      // Lowered from 0.9904 (208) in round 44, and one false alarm allowed where there were none: the lists alone find
      // 206 and show none; the model, larger and at a stricter threshold (chosen on the tuning half), finds one more
      // and shows one alarm. On the whole held-out half that model found more and alarmed less (ADR 13, round 44).
      // From 0.9857 (207) in round 60: the lists still find 206; the model retrained on round 60 one fewer, kept as
      // the rule keeps a retrain.
      0.9809,
      1,
      'after round 42, with the word model trained on it: 208/210 (99.0%; the lists alone 206), no false alarm in 180 (the lists alone none)',
    ],
    [
      'held-out-100.yaml',
      // One false alarm allowed from round 47, where there were none: the lists alone still show none; round 47's
      // retrained model shows one here while showing two fewer on the whole held-out half (70 on the files to
      // held-out-103, was 72). Lowered from 0.9857 (207) in round 48: the model retrained on round 48 finds 206.
      0.9809,
      1,
      'after round 43, with the word model trained on it: 207/210 (98.6%; the lists alone 201), no false alarm in 180 (the lists alone none)',
    ],
    [
      'held-out-101.yaml',
      // Lowered from 0.9857 (207) in round 46: the model with everyday examples weighed 8 finds 206 (the lists 202).
      0.9809,
      0,
      'after round 44, with the word model trained on it: 207/210 (98.6%; the lists alone 202), no false alarm in 180 (the lists alone none)',
    ],
    [
      'held-out-102.yaml',
      0.9857,
      0,
      'after round 45, with the word model trained on it: 207/210 (98.6%; the lists alone 202), no false alarm in 180 (the lists alone none)',
    ],
    [
      'held-out-103.yaml',
      // Lowered from 0.9809 (206) in round 48: the model retrained on round 48 finds 205 (the lists alone 200, one
      // more than in round 46). Lowered again in round 51: the model retrained on relevance batch 70's examples finds
      // 204 (the lists alone unchanged), while finding 5 more on the whole held-out half (ADR 13, round 51).
      0.9714,
      1,
      'after round 46, with the word model trained on it: 206/210 (98.1%; the lists alone 199), 1 false alarm in 180 (the lists alone 1)',
    ],
    [
      'held-out-104.yaml',
      // Lowered from 0.9714 (204) in round 60: the lists still find 200; the model retrained on round 60 one fewer.
      0.9666,
      1,
      'after round 47, with the word model trained on it: 204/210 (97.1%; the lists alone 200), 1 false alarm in 180 (the lists alone 1)',
    ],
    [
      'held-out-105.yaml',
      0.9809,
      1,
      "after round 48, with the word model trained on it: 206/210 (98.1%; the lists alone 202), 1 false alarm in 180 (the lists alone 1); 207 after round 48's last two batches",
    ],
    [
      'held-out-106.yaml',
      // Lowered from 0.9761 (205) in round 60: the model retrained a second time that round (after a guard moved one
      // relevance search into its everyday examples) finds one fewer, kept as the rule keeps a retrain.
      0.9714,
      2,
      'after round 49, with the word model trained on it: 205/210 (97.6%; the lists alone 197), 2 false alarms in 180 (the lists alone 2)',
    ],
    [
      'held-out-107.yaml',
      0.9952,
      1,
      'after round 50, with the word model trained on it: 209/210 (99.5%; the lists alone 207), 1 false alarm in 180 (the lists alone 1)',
    ],
    [
      'held-out-108.yaml',
      0.9809,
      1,
      'after round 51, with the word model trained on it: 206/210 (98.1%; the lists alone 204), 1 false alarm in 180 (the lists alone 0)',
    ],
    [
      'held-out-109.yaml',
      0.9761,
      2,
      'after round 52, with the word model trained on it: 205/210 (97.6%; the lists alone 203), 2 false alarms in 180 (the lists alone 2)',
    ],
    [
      'held-out-110.yaml',
      0.9857,
      4,
      'after round 53, with the word model trained on it: 207/210 (98.6%; the lists alone 202), 4 false alarms in 180 (the lists alone 4)',
    ],
    [
      'held-out-111.yaml',
      0.9904,
      0,
      'after round 54, with the word model trained on it: 208/210 (99.0%; the lists alone 207), no false alarm in 180',
    ],
    [
      'held-out-112.yaml',
      0.9761,
      2,
      'after round 54, with the word model trained on it: 205/210 (97.6%; the lists alone 200), 2 false alarms in 180 (the lists alone 2)',
    ],
    [
      'held-out-113.yaml',
      0.9761,
      1,
      'after round 55, with the word model trained on it: 205/210 (97.6%; the lists alone 199), 1 false alarm in 180 (the lists alone 1)',
    ],
    [
      'held-out-114.yaml',
      0.9476,
      1,
      'after round 56, with the word model trained on it: 201/210 (95.7%; the lists alone 196), 1 false alarm in 180 (the lists alone 1); the round 61 retrain: 199, 1 (the lists unchanged at 196; the rule keeps a retrain)',
    ],
    [
      'held-out-115.yaml',
      0.9666,
      3,
      'after round 57, with the word model trained on it: 204/210 (97.1%; the lists alone 197), 3 false alarms in 180 (the lists alone 3); round 58, trained again: 203',
    ],
    [
      'held-out-116.yaml',
      // Lowered from 0.9714 (204) in round 59: the model retrained on round 59 (kept by the trainer's rule, whatever the
      // held-out figures do) finds 203 (the lists alone 198, as before).
      0.9666,
      4,
      'after round 57, with the word model trained on it: 204/210 (97.1%; the lists alone 198), 4 false alarms in 180 (the lists alone 4); round 59, trained again: 203',
    ],
    [
      'held-out-117.yaml',
      0.9857,
      2,
      'after round 58, with the word model trained on it: 207/210 (98.6%; the lists alone 203), 2 false alarms in 180 (the lists alone 2)',
    ],
    [
      'held-out-118.yaml',
      0.9666,
      2,
      'after round 58, with the word model trained on it: 203/210 (96.7%; the lists alone 195), 2 false alarms in 180 (the lists alone 2)',
    ],
    [
      'held-out-119.yaml',
      0.9619,
      1,
      'after round 59, with the word model trained on it: 202/210 (96.2%; the lists alone 199), 1 false alarm in 180 (the lists alone 1)',
    ],
    [
      'held-out-120.yaml',
      0.9571,
      3,
      'after round 59, with the word model trained on it: 201/210 (95.7%; the lists alone 198), 3 false alarms in 180 (the lists alone 3)',
    ],
    [
      'held-out-121.yaml',
      0.9714,
      2,
      'after round 60, with the word model trained on it: 204/210 (97.1%; the lists alone 199), 2 false alarms in 180 (the lists alone 2)',
    ],
    [
      'held-out-122.yaml',
      0.9523,
      1,
      'after round 60, with the word model trained on it: 201/210 (95.7%; the lists alone 195), 1 false alarm in 180 (the lists alone 1); the model trained again the same round (a guard moved one relevance search into its everyday examples): 200, 1',
    ],
    [
      'held-out-123.yaml',
      0.9809,
      3,
      'after round 61, with the word model trained on it: 206/210 (98.1%; the lists alone 203), 3 false alarms in 180 (the lists alone 3)',
    ],
    [
      'held-out-124.yaml',
      0.9666,
      1,
      'after round 61, with the word model trained on it: 203/210 (96.7%; the lists alone 199), 1 false alarm in 180 (the lists alone 1)',
    ],
  ];
  it.each(cleanChecks)('clean final check %s: recall at least %s with at most %s false alarms (%s)', (file, recall, alarms) => {
    const check = heldOut.byFile.find((f) => f.file === file)!;
    expect(check.found / check.triggers, `recall ${check.found}/${check.triggers}`).toBeGreaterThanOrEqual(recall);
    expect(check.falseAlarms, `${check.falseAlarms} false alarms; see npm run safety`).toBeLessThanOrEqual(alarms);
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
    const signposts = compileUrgentHelp(vocab.urgentHelp);
    const everyday = loadQuerySet(
      'tuning',
      vocab.needs.map((n) => n.id),
      // A search marked as a safety phrase is danger told in a need's words ("thinking about ending it mum of 3").
    ).filter((q) => !q.needs.some((n) => NEAR_DANGER.has(n)) && q.why?.trim() !== 'safety phrase');
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

  // An except word with a * ending stops a combination on every word it starts: "scar*" meant for a scar also stops
  // "scared", "lock*" meant for a lockdown stops "locked". These words say fear or harm in any topic's danger, so no
  // except stem may swallow them: list the forms meant ("scar, scars") instead.
  it('never guard a combination with a * ending that swallows a word of fear or harm', () => {
    const file = loadVocabularies(join(import.meta.dirname, '../../content')).urgentHelp;
    const FEAR_AND_HARM = [
      'scared',
      'scary',
      'frightened',
      'terrified',
      'petrified',
      'afraid',
      'unsafe',
      'locked',
      'drugged',
      'hurt',
      'hurts',
      'hurting',
    ];
    const swallowing = file.topics.flatMap((t) =>
      t.triggers.combinations.flatMap((c) =>
        c.except
          .filter((e) => e.endsWith('*') && !e.startsWith('$'))
          .flatMap((e) => FEAR_AND_HARM.filter((w) => w.startsWith(e.slice(0, -1))).map((w) => `${t.id}: "${e}" swallows "${w}"`)),
      ),
    );
    expect(swallowing).toEqual([]);
  });
});
