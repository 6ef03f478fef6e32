/**
 * Relevance you can measure: the everyday queries in queries.yaml over the example directory (content/).
 * The embedded engine must put a service with a right need in the top 3 for at least 90% of them, and must
 * never find nothing. The substring baseline (what the national DfE directory did) is reported beside it by
 * `npm run relevance`; here it is only checked to be worse, so the comparison stays meaningful.
 */
import { describe, expect, it } from 'vitest';
import { runRelevance } from '../../scripts/relevance.ts';

describe('relevance of the embedded engine on the example directory', () => {
  it('meets success@3 >= 90% with no zero-result queries, and beats the substring baseline', { timeout: 120_000 }, () => {
    const r = runRelevance();
    const failing = r.embedded.outcomes.filter((o) => !o.success).map((o) => `"${o.query.q}" → ${o.top.map((h) => h.name).join('; ') || 'no results'}`);
    const empty = r.embedded.outcomes.filter((o) => o.total === 0).map((o) => o.query.q);
    expect(r.embedded.queries).toBeGreaterThanOrEqual(60);
    expect(empty, 'queries with no results').toEqual([]);
    expect(r.embedded.successAt3, `success@3 below 90%; failing queries:\n${failing.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    expect(r.embedded.successAt3).toBeGreaterThan(r.baseline.successAt3);
  });
});
