import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: a busy machine makes every figure slower. */
  loadAverage: number;
  date: string;
  /** The commit measured, and whether the search code had changes not yet committed. */
  commit: string;
}

export function machine(env: Readonly<Record<string, string | undefined>> = process.env): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    date: new Date().toISOString(),
    // FIS_BENCH_COMMIT: when measuring an exported tree (git archive) that has no .git to ask.
    commit: env.FIS_BENCH_COMMIT ?? commitMeasured(),
  };
}

function commitMeasured(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'site/lib/search', 'scripts/bench') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes to the search code' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Figures as the reports print them: milliseconds to one or two decimals. */
export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** The value below which p% of the sorted samples fall (nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
