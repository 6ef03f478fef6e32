import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';

/**
 * The urgent-help word model (content/vocabularies/urgent-help-model.json, read by site/lib/search/signpost-model.ts),
 * fetched by the search page beside the trigger words and kept by the browser; null when the directory has none, so
 * the page knows to use the lists alone. A file of its own, so it has a budget of its own (npm run budgets).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(getDirectory().vocab.urgentHelp.model ?? null), { headers: { 'Content-Type': 'application/json' } });
