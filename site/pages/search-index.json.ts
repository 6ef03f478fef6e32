import type { APIRoute } from 'astro';
import { embeddedIndexJson } from '../lib/search-build.ts';

/** The embedded search index, built from the same search documents Meilisearch gets (see indexer/). */
export const GET: APIRoute = () => new Response(JSON.stringify(embeddedIndexJson()), { headers: { 'Content-Type': 'application/json' } });
