import type { APIRoute } from 'astro';
import { assuredDates } from '../lib/card-build.ts';

/** Listing id → the date a person last checked it, for "last checked" on live search results. */
export const GET: APIRoute = () => new Response(JSON.stringify(assuredDates()), { headers: { 'Content-Type': 'application/json' } });
