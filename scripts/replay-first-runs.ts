/**
 * npm run safety:first-runs: replays the blind safety batches' first runs (scripts/lib/first-runs.ts). For each
 * tests/safety/tuning-N.yaml from --from on, git finds the commit before the one that added it; that commit's
 * content/ (its trigger words and word model) is unpacked into a temporary folder and read by today's matcher code,
 * so a change to how searches are read can be measured on searches its words and model never saw, before it is
 * tried once on the held-out half (ADR 13, round 51). Needs the project's git history (a full clone).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { UrgentHelp } from '../content/schema/urgent-help.ts';
import { readSignpostModel, withModel } from '../site/lib/search/signpost-model.ts';
import { compileSignposts, signpostTriggers } from '../site/lib/search/signposts.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { type BatchOrigin, byParent, countBatch, describeCounts, noCounts } from './lib/first-runs.ts';
import { readSafetyHalf } from './safety-report.ts';

const root = resolve(import.meta.dirname, '..');

export const USAGE = `Usage: npm run safety:first-runs [-- --from N] [--lists]

Reads each blind safety batch (tests/safety/tuning-N.yaml, from N on; 190 unless told) with the trigger words and
word model of the commit before it was added, and today's matcher code, and prints how many of its danger searches
were found and how many of its everyday searches showed a panel: the batches' first runs, replayed. Needs git and the
project's history.

  --from N   the first batch (tuning-N.yaml) to replay
  --lists    the trigger lists alone, without the word model`;

const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).trim();

/** The commit before the one that added each batch file (its first parent). */
function origins(files: readonly string[]): BatchOrigin[] {
  return files.flatMap((file) => {
    const added = git(['log', '--diff-filter=A', '--format=%P', '--', `tests/safety/${file}`])
      .split('\n')
      .at(-1);
    const parent = added?.split(' ')[0];
    return parent ? [{ file, parent }] : [];
  });
}

/** A commit's urgent help (words and model), loaded by that commit's own loader from a temporary checkout. */
async function urgentHelpAt(commit: string): Promise<{ help: UrgentHelp; done(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'first-runs-'));
  const tar = execFileSync('git', ['archive', '--format=tar', commit, 'content'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  // The old loader imports zod and yaml, and is TypeScript in an ES module package, as here.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  const { loadVocabularies } = await import(join(dir, 'content/lib/vocabularies.ts'));
  return { help: loadVocabularies(join(dir, 'content')).urgentHelp, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function main(argv: string[], _env: Env, io: Io = processIo): Promise<number> {
  const args = parseCli(argv, { from: { type: 'string' }, lists: { type: 'boolean' } }, USAGE, io);
  if (typeof args === 'number') return args;
  const from = Number(args.values.from ?? 190);
  if (!Number.isInteger(from) || from < 2) {
    io.err(`--from needs a batch number, 2 or more (tuning-2.yaml is the first continuation): got "${args.values.from}".`);
    return 2;
  }
  const number = (f: string) => Number(/^tuning-(\d+)\.yaml$/.exec(f)?.[1] ?? 0);
  // The tuning half is read once: its file names find the batches' commits, its searches are what is replayed.
  const half = readSafetyHalf('tuning');
  const setOf = new Map(half.files.map((f, k) => [f, half.sets[k]!]));
  const files = half.files.filter((f) => number(f) >= from);
  if (files.length === 0) {
    io.err(`No tuning batch from tuning-${from}.yaml on in tests/safety.`);
    return 1;
  }
  const groups = byParent(origins(files));
  if (groups.length === 0) {
    io.err('git found no commit that added these batches: run this in a clone with the project history.');
    return 1;
  }
  const total = noCounts();
  for (const { parent, files: batch } of groups) {
    const { help, done } = await urgentHelpAt(parent);
    try {
      const lists = compileSignposts(signpostTriggers(help));
      const reader = args.values.lists ? lists : withModel(lists, help.model && readSignpostModel(help.model));
      const counts = noCounts();
      for (const file of batch) countBatch(counts, setOf.get(file)!, (q) => reader.match(q));
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += counts[k];
      io.out(`${parent.slice(0, 8)} (${batch.join(', ')}): ${describeCounts(counts)}`);
    } finally {
      done();
    }
  }
  io.out(`All ${files.length} batches, ${args.values.lists ? 'the lists alone' : 'lists and model'}: ${describeCounts(total)}`);
  return 0;
}

await runMain(import.meta, main);
