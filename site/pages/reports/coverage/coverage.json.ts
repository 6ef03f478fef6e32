import type { APIRoute } from 'astro';
import { coverageJson } from '../../../lib/search/coverage/coverage-files.ts';
import { getDirectory } from '../../../lib/directory.ts';
import { siteCoverage } from '../_coverage.ts';

/** The coverage figures as JSON: the same numbers as /reports/coverage/ and npm run report:coverage -- --json. */
export const GET: APIRoute = () => {
  const dir = getDirectory();
  const body = coverageJson(siteCoverage(), { generated: dir.today, directory: dir.council.directory_name });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
