import type { APIRoute, GetStaticPaths } from 'astro';
import { districtTables } from '../../lib/search-build.ts';
import type { DistrictTable } from '../../lib/search/geocode.ts';

/**
 * One small file per postcode district (e.g. /postcodes/DN4.json), so the search page fetches only the
 * district a person types. From Ordnance Survey Code-Point Open (see content/data/SOURCE.md for attribution).
 */
export const getStaticPaths = (() =>
  Object.values(districtTables()).map((table) => ({ params: { outcode: table.outcode }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { table: DistrictTable }).table), { headers: { 'Content-Type': 'application/json' } });
