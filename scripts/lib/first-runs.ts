/**
 * First runs, replayed: how a reading of searches fares on the blind safety batches it never saw. Each tuning batch
 * (tests/safety/tuning-N.yaml) was written blind and merged with the words written from it; the commit before the
 * one that added it holds the trigger words and model that had never seen it. scripts/replay-first-runs.ts reads
 * each batch with those words and model and today's matcher code, so a new way of reading (ADR 13, round 51) can be
 * measured on thousands of unseen searches before it is tried once on the held-out half. Pure: the counting.
 */
import type { UrgentTopicId } from '../../content/schema/urgent-help.ts';

/** A batch file and the commit before the one that added it. */
export interface BatchOrigin {
  file: string;
  parent: string;
}

/** Batches grouped by the commit whose words read them, in the order first met (one checkout per commit). */
export function byParent(origins: readonly BatchOrigin[]): { parent: string; files: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { file, parent } of origins) groups.set(parent, [...(groups.get(parent) ?? []), file]);
  return [...groups].map(([parent, files]) => ({ parent, files }));
}

export interface FirstRunCounts {
  danger: number;
  found: number;
  everyday: number;
  alarms: number;
}

export const noCounts = (): FirstRunCounts => ({ danger: 0, found: 0, everyday: 0, alarms: 0 });

/** Adds one batch's searches, as a reader showed them, to the counts. */
export function countBatch(
  counts: FirstRunCounts,
  batch: { triggers: { q: string; topics: readonly UrgentTopicId[] }[]; ordinary: string[] },
  shown: (q: string) => readonly UrgentTopicId[],
): FirstRunCounts {
  for (const t of batch.triggers) {
    counts.danger++;
    const s = shown(t.q);
    if (t.topics.some((id) => s.includes(id))) counts.found++;
  }
  for (const q of batch.ordinary) {
    counts.everyday++;
    if (shown(q).length > 0) counts.alarms++;
  }
  return counts;
}

/** "4,988 of 5,346 danger searches found (93.3%), 264 false alarms in 12,557 everyday searches (2.1%)". */
export function describeCounts(c: FirstRunCounts): string {
  const pct = (n: number, d: number) => `${d ? ((n / d) * 100).toFixed(1) : '0.0'}%`;
  const n = (x: number) => x.toLocaleString('en-GB');
  return `${n(c.found)} of ${n(c.danger)} danger searches found (${pct(c.found, c.danger)}), ${n(c.alarms)} false alarm${c.alarms === 1 ? '' : 's'} in ${n(c.everyday)} everyday searches (${pct(c.alarms, c.everyday)})`;
}
