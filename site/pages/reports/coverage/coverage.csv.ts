import type { APIRoute } from 'astro';
import { coverageCsv } from '../../../lib/search/coverage/coverage-files.ts';
import { siteCoverage } from '../_coverage.ts';

/** The coverage figures as a spreadsheet: the same numbers as /reports/coverage/ and npm run report:coverage -- --csv. */
export const GET: APIRoute = () =>
  new Response(coverageCsv(siteCoverage()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="coverage.csv"' },
  });
