import type { APIRoute } from 'astro';
import { costTexts } from '../lib/card-build.ts';

/** Listing id → its prices in words, so live search results say "£1 a session…" rather than "Costs money". */
export const GET: APIRoute = () => new Response(JSON.stringify(costTexts()), { headers: { 'Content-Type': 'application/json' } });
