import type { APIRoute } from 'astro';
import { embeddedIndexJson } from '../lib/search-build.ts';

/** The embedded search index, built from the same search documents Meilisearch gets (see site/lib/search/setup.ts). */
export const GET: APIRoute = () => new Response(JSON.stringify(embeddedIndexJson()), { headers: { 'Content-Type': 'application/json' } });
