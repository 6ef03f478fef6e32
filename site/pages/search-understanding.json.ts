import type { APIRoute } from 'astro';
import { understandingPack } from '../lib/search-build.ts';

/** What query understanding knows about the directory (need phrases, places, word forms): loaded on the first search. */
export const GET: APIRoute = () => new Response(JSON.stringify(understandingPack()), { headers: { 'Content-Type': 'application/json' } });
