import type { APIRoute } from 'astro';
import { placeTable } from '../lib/search-build.ts';

/**
 * The place names the postcode boxes accept ("Bentley", "Thorne", "Balby Family Hub") with their points,
 * fetched by the search page and the hub finder only when what was typed is not a postcode.
 */
export const GET: APIRoute = () => new Response(JSON.stringify(placeTable()), { headers: { 'Content-Type': 'application/json' } });
