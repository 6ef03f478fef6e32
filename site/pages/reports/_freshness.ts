/** Build time only: the freshness figures for the dashboard, from the validator's own freshnessReport. */
import { freshnessReport, type FreshnessReport } from '../../../content/lib/freshness.ts';
import { getDirectory } from '../../lib/directory.ts';

let cached: FreshnessReport | undefined;

export function siteFreshness(): FreshnessReport {
  cached ??= freshnessReport(getDirectory());
  return cached;
}
