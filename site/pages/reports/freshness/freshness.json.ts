import type { APIRoute } from 'astro';
import { siteFreshness } from '../_freshness.ts';

/** The freshness figures as JSON: the same as npm run report:freshness -- --json. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteFreshness(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
