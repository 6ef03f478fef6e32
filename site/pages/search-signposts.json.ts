import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';
import { signpostTriggers } from '../lib/search/signposts.ts';

/**
 * The words that show each urgent-help panel (content/vocabularies/urgent-triggers/). The search page fetches
 * them as soon as it starts, before anyone types, and the browser keeps them: hundreds of kilobytes of trigger
 * words in the page itself would be downloaded again on every search page a phone opens.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(signpostTriggers(getDirectory().vocab.urgentHelp)), { headers: { 'Content-Type': 'application/json' } });
