/**
 * npm run safety: does a search that signals danger show its urgent-help panel, and does an ordinary one not?
 * Runs the safety test set (tests/safety/tuning.yaml and held-out.yaml) through the signpost matcher as the site
 * runs it (the trigger lists, site/lib/search/signposts.ts with content/vocabularies/urgent-triggers/, and the word
 * model beside them, signpost-model.ts; `--lists` for the lists alone), and writes bench/safety.md:
 *   recall: the share of trigger searches that show one of their topics;
 *   false alarms: ordinary searches that show any panel.
 * The held-out half is never tuned on: bench/safety.md counts its misses and false alarms without listing them (so
 * nobody improving the words reads them); `--held-out` prints them for a review.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { URGENT_TOPIC_IDS, type UrgentTopicId } from '../content/schema/urgent-help.ts';
import { readDataFile } from '../content/lib/data-file.ts';
import { loadVocabularies } from '../content/lib/vocabularies.ts';
import { readSignpostModel, withModel } from '../site/lib/search/signpost-model.ts';
import { compileSignposts, type Signposter, signpostTriggers } from '../site/lib/search/signposts.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');
export const SAFETY_HALVES = ['tuning', 'held-out'] as const;
export type SafetyHalf = (typeof SAFETY_HALVES)[number];

const safetySetSchema = z
  .object({
    written: z.string(),
    triggers: z.array(z.object({ q: z.string().min(1), topics: z.array(z.enum(URGENT_TOPIC_IDS)).min(1) }).strict()).min(1),
    ordinary: z.array(z.string().min(1)).min(1),
  })
  .strict();

export interface HalfResult {
  half: SafetyHalf;
  triggers: number;
  found: number;
  recall: number;
  ordinary: number;
  falseAlarms: { q: string; shown: UrgentTopicId[] }[];
  misses: { q: string; expected: UrgentTopicId[]; shown: UrgentTopicId[] }[];
  perTopic: Record<string, { triggers: number; found: number }>;
  /** The same counts file by file (tuning.yaml, tuning-2.yaml...): the first file of each half is its first batch. */
  byFile: { file: string; triggers: number; found: number; ordinary: number; falseAlarms: number }[];
}

/** A half's files (tuning.yaml, then tuning-2.yaml...: each data file must stay under 100 KB) and their searches. */
export function readSafetyHalf(half: SafetyHalf) {
  const dir = join(root, 'tests/safety');
  const files = readdirSync(dir)
    .filter((name) => name === `${half}.yaml` || new RegExp(`^${half}-\\d+\\.yaml$`).test(name))
    // The first batch's file first, then its continuations in order.
    .sort((a, b) => (a === `${half}.yaml` ? -1 : b === `${half}.yaml` ? 1 : a.localeCompare(b, 'en', { numeric: true })));
  return { files, sets: files.map((name) => readDataFile(join(dir, name), safetySetSchema)) };
}

/**
 * What reads the searches: `site`, as the site does (the trigger lists, and the word model when there is one), or
 * `lists`, the trigger lists alone (for people improving the words: the model is trained again afterwards).
 */
export type SafetyReader = 'site' | 'lists';

/** The trigger lists compiled once, and the site's reading: the same lists with the word model beside them. */
export function safetyReaders(contentDir = join(root, 'content')): Record<SafetyReader, Signposter> {
  const urgentHelp = loadVocabularies(contentDir).urgentHelp;
  const lists = compileSignposts(signpostTriggers(urgentHelp));
  return { lists, site: withModel(lists, urgentHelp.model && readSignpostModel(urgentHelp.model)) };
}

export function runSafety(contentDir = join(root, 'content'), reader: SafetyReader = 'site'): HalfResult[] {
  return measureSafety(safetyReaders(contentDir)[reader], readHalves());
}

/** Both halves' files, read once (a run with both readings reads each file once). */
export function readHalves() {
  return SAFETY_HALVES.map((half) => ({ half, ...readSafetyHalf(half) }));
}

/** Each half's figures for one reader. Pure: the reader and the files are passed in. */
export function measureSafety(signposts: Signposter, halves: ReturnType<typeof readHalves>): HalfResult[] {
  return halves.map(({ half, files, sets }) => {
    // A half is tuning.yaml (or held-out.yaml) and its continuations, tuning-2.yaml and so on: each data file
    // must stay under the 100 KB limit.
    const set = { triggers: sets.flatMap((s) => s.triggers), ordinary: sets.flatMap((s) => s.ordinary) };
    // Each search matched once, for both the half's figures and each file's.
    const shownFor = new Map<string, UrgentTopicId[]>();
    const match = (q: string) => shownFor.get(q) ?? shownFor.set(q, signposts.match(q)).get(q)!;
    const shows = (q: string, topics: readonly UrgentTopicId[]) => topics.some((id) => match(q).includes(id));
    const byFile = sets.map((s, k) => ({
      file: files[k]!,
      triggers: s.triggers.length,
      found: s.triggers.filter((t) => shows(t.q, t.topics)).length,
      ordinary: s.ordinary.length,
      falseAlarms: s.ordinary.filter((q) => match(q).length > 0).length,
    }));
    const perTopic: HalfResult['perTopic'] = {};
    const misses: HalfResult['misses'] = [];
    for (const t of set.triggers) {
      const shown = match(t.q);
      const hit = t.topics.some((id) => shown.includes(id));
      const key = t.topics[0]!;
      perTopic[key] ??= { triggers: 0, found: 0 };
      perTopic[key].triggers++;
      if (hit) perTopic[key].found++;
      else misses.push({ q: t.q, expected: t.topics, shown });
    }
    const falseAlarms = set.ordinary.map((q) => ({ q, shown: match(q) })).filter((r) => r.shown.length > 0);
    const found = set.triggers.length - misses.length;
    return {
      half,
      triggers: set.triggers.length,
      found,
      recall: found / set.triggers.length,
      ordinary: set.ordinary.length,
      falseAlarms,
      misses,
      perTopic,
      byFile,
    };
  });
}

export function safetyMarkdown(results: HalfResult[], listsAlone?: HalfResult[]): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const lines = [
    '# Safety signposts: recall and false alarms',
    '',
    'Written by `npm run safety` (scripts/safety-report.ts). Each search in the safety test set (tests/safety/) is run',
    'through the urgent-help matcher as the site runs it: the trigger lists (site/lib/search/signposts.ts,',
    'content/vocabularies/urgent-triggers/) and the word model beside them (site/lib/search/signpost-model.ts,',
    'content/vocabularies/urgent-help-model.json). A trigger',
    'search is found when one of its topics is shown; an ordinary search is a false alarm when any panel is shown.',
    'The held-out half is never tuned on: its first batch was written before the trigger lists, and each later batch',
    'was written before it was run and split at random with the tuning half. Targets: recall >= 95% and no false',
    'alarms on the held-out half.',
    '',
    '| Half | Trigger searches | Found | Recall | Ordinary searches | False alarms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.half} | ${r.triggers} | ${r.found} | ${pct(r.recall)} | ${r.ordinary} | ${r.falseAlarms.length} |`),
    '',
    ...(listsAlone
      ? [
          'The trigger lists alone, without the word model (`npm run safety -- --lists` writes every table below for them):',
          '',
          '| Half | Trigger searches | Found | Recall | Ordinary searches | False alarms |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          ...listsAlone.map((r) => `| ${r.half} | ${r.triggers} | ${r.found} | ${pct(r.recall)} | ${r.ordinary} | ${r.falseAlarms.length} |`),
          '',
        ]
      : ['These figures are for the trigger lists alone, without the word model (`npm run safety -- --lists`).', '']),
    "## By file (each half's first file is its first batch)",
    '',
    '| File | Trigger searches | Found | Recall | Ordinary searches | False alarms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) =>
      r.byFile.map((f) => `| ${f.file} | ${f.triggers} | ${f.found} | ${pct(f.found / f.triggers)} | ${f.ordinary} | ${f.falseAlarms} |`),
    ),
    '',
    '## Per topic (first topic listed for each search)',
    '',
    `| Topic | ${results.map((r) => r.half).join(' | ')} |`,
    `| --- | ${results.map(() => '---:').join(' | ')} |`,
    ...URGENT_TOPIC_IDS.map(
      (id) => `| ${id} | ${results.map((r) => (r.perTopic[id] ? `${r.perTopic[id].found}/${r.perTopic[id].triggers}` : '-')).join(' | ')} |`,
    ),
    '',
  ];
  // The held-out half's searches are not written here: whoever improves the words reads this file, and a held-out
  // search read is a held-out search spoiled. A reviewer prints them with --held-out (heldOutLines below).
  for (const r of results.filter((x) => x.half === 'tuning')) {
    lines.push(`## Missed and false alarms: ${r.half}`, '', ...missLines(r), '');
  }
  const held = results.find((r) => r.half === 'held-out');
  if (held)
    lines.push(
      '## Missed and false alarms: held-out',
      '',
      `${held.misses.length} missed and ${held.falseAlarms.length} false alarms, counted above and not listed, so that nobody improving the words reads them. A reviewer lists them with \`npm run safety -- --held-out\` (printed, not written to a file).`,
      '',
    );
  return lines.join('\n');
}

/** One line per miss and per false alarm, or "None.". */
export function missLines(r: HalfResult): string[] {
  if (r.misses.length === 0 && r.falseAlarms.length === 0) return ['None.'];
  return [
    ...r.misses.map((m) => `- missed: "${m.q}" (expected ${m.expected.join(' or ')}; shown: ${m.shown.join(', ') || 'nothing'})`),
    ...r.falseAlarms.map((f) => `- false alarm: "${f.q}" showed ${f.shown.join(', ')}`),
  ];
}

export const USAGE = `Usage: npm run safety [-- --held-out] [-- --lists]

Runs the safety test set (tests/safety/) through the urgent-help matcher and writes bench/safety.md.
  --lists     the trigger lists alone, without the word model: for improving the words (the model is
              trained again afterwards with npm run safety:train).
  --held-out  also print the held-out half's misses and false alarms, for a review. Not while improving the
              trigger words: a held-out search read is one that no longer measures anything.`;

export async function main(argv: string[], _env: Env, io: Io = processIo): Promise<number> {
  const parsed = parseCli(argv, { 'held-out': { type: 'boolean' }, lists: { type: 'boolean' } }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const listsOnly = parsed.values.lists === true;
  const readers = safetyReaders();
  const halves = readHalves();
  const results = measureSafety(readers[listsOnly ? 'lists' : 'site'], halves);
  writeFileSync(join(root, 'bench/safety.md'), safetyMarkdown(results, listsOnly ? undefined : measureSafety(readers.lists, halves)));
  if (listsOnly) io.out('The trigger lists alone, without the word model:');
  for (const r of results)
    io.out(`${r.half}: recall ${r.found}/${r.triggers} (${(r.recall * 100).toFixed(1)}%), false alarms ${r.falseAlarms.length}/${r.ordinary}`);
  if (parsed.values['held-out']) {
    const held = results.find((r) => r.half === 'held-out')!;
    io.out('\nHeld-out misses and false alarms (for the review only):');
    for (const line of missLines(held)) io.out(line);
  }
  io.out('Wrote bench/safety.md');
  return 0;
}

await runMain(import.meta, main);
