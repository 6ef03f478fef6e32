/**
 * What every benchmark run measures against: the seeded listings' seed and date, the fixed query mix and the
 * goals. Shared by the embedded run (embedded.ts) and the Meilisearch run (meilisearch.ts), so their figures
 * are of the same listings and searches and can stand side by side in results.md.
 */
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const contentDir = join(root, 'content');
export const SEED = 20261126;
export const TODAY = '2026-11-26';
export const GOALS = { p95Ms10k: 10, gzipBytes10k: 2 * 1024 * 1024 };

/** The fixed query mix: URL parameters as the search page sends them. */
export const QUERY_MIX: readonly string[] = [
  'q=autism',
  "q=won't go to school&age=12",
  'q=breastfeeding&near=DN4 0TY&radius=5&sort=distance',
  'q=domestic abuse&locality=north',
  'needs=send&age=19&send=1',
  'q=food bank&free=1',
  'q=counselling&age=15&near=DN1 1AA&radius=10',
  'near=DN6 7RU&radius=2&sort=distance',
  'q=holiday club&day=saturday',
  'q=parenting course&delivery=online',
  'q=stay and play&hubs=1',
  'q=brestfeeding',
  'q=help with money debt and benefits',
  'needs=housing&locality=east',
  'q=youth club&age=14&near=DN3 2DG&radius=5',
  'q=learn english&language=pl',
  'q=support&page=2',
  '',
  'level=specialist&access=professional-referral',
  'q=camhs&near=DN5&radius=10&sort=distance',
  'q=my teenager is smoking weed&age=16',
  'q=child minder&near=DN6 0HZ&radius=5',
  'needs=parenting,behaviour&age_min=5&age_max=11',
  'q=anxiety panic attacks',
  // Added with query understanding (issue 9): ages, days, cost and needs read from the words, and fallbacks.
  "q=my 13 year old won't go to school and is anxious",
  'q=free activities for toddlers this saturday',
  'q=my husband hits me',
  'q=we are being evicted',
];
