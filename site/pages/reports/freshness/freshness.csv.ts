import type { APIRoute } from 'astro';
import { freshnessCsv } from '../../../../content/lib/freshness-format.ts';
import { siteFreshness } from '../_freshness.ts';

/** Every listing's review state as a spreadsheet: the same as npm run report:freshness -- --csv. */
export const GET: APIRoute = () =>
  new Response(freshnessCsv(siteFreshness()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="freshness.csv"' },
  });
