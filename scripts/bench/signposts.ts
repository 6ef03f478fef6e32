/**
 * The urgent-help matcher's cost on the search page (part of npm run bench): the page fetches the packed trigger
 * words and the word model once, builds the matcher from them (unpack, compile, read the model), then reads every
 * search with it beside the engine. Measured in Node as the page does it, from the same JSON the site serves, over
 * the searches people wrote for the safety set and the search examples: a fixed list, so runs compare.
 */
import type { UrgentHelp } from '../../content/schema/urgent-help.ts';
import { buildSignposter } from '../../site/lib/search/signpost-fetch.ts';
import type { SignpostModel } from '../../site/lib/search/signpost-model.ts';
import { packSignposts, type PackedSignposts } from '../../site/lib/search/signpost-pack.ts';
import { signpostTriggers } from '../../site/lib/search/signposts.ts';
import { gzipBytes } from '../measure-budgets.ts';
import { percentile, round1, round2 } from './machine.ts';

export interface SignpostBench {
  /** What the page downloads: the packed words and the model, gzip as npm run budgets measures them. */
  wordsGzipBytes: number;
  modelGzipBytes: number;
  /** Parse, unpack and compile the words and read the model: once per page, before the first panel (median of 3). */
  loadMs: number;
  searches: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Builds the matcher as the search page does and times it on each search (after one warm-up pass). */
export function benchSignposts(urgentHelp: UrgentHelp, searches: readonly string[]): SignpostBench {
  const wordsJson = JSON.stringify(packSignposts(signpostTriggers(urgentHelp)));
  const modelJson = JSON.stringify(urgentHelp.model ?? null);
  const build = () => buildSignposter(JSON.parse(wordsJson) as PackedSignposts, JSON.parse(modelJson) as SignpostModel | null);
  const loads = [0, 1, 2].map(() => {
    const t = performance.now();
    build();
    return performance.now() - t;
  });
  const matcher = build();
  for (const q of searches) matcher.match(q);
  const times = searches.map((q) => {
    const t = performance.now();
    matcher.match(q);
    return performance.now() - t;
  });
  return {
    wordsGzipBytes: gzipBytes(wordsJson),
    modelGzipBytes: gzipBytes(modelJson),
    loadMs: round1(percentile(loads, 50)),
    searches: searches.length,
    p50Ms: round2(percentile(times, 50)),
    p95Ms: round2(percentile(times, 95)),
    maxMs: round2(Math.max(...times)),
  };
}

/** The section of bench/results.md. */
export function signpostSection(b: SignpostBench): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    '## Urgent-help matcher (what the search page runs beside the engine)',
    '',
    `- Downloaded once per visit: the trigger words ${kb(b.wordsGzipBytes)} gzip and the word model ${kb(b.modelGzipBytes)} gzip.`,
    `- Built once per page (parse, unpack, compile, read the model): ${b.loadMs} ms (median of 3).`,
    `- Reading one search: p50 ${b.p50Ms} ms, p95 ${b.p95Ms} ms, slowest ${b.maxMs} ms, over ${b.searches.toLocaleString('en-GB')} searches (the safety set's and the search examples, after a warm-up pass).`,
    '',
  ].join('\n');
}
