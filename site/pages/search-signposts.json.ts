import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';
import { packSignposts } from '../lib/search/signpost-pack.ts';
import { signpostTriggers } from '../lib/search/signposts.ts';

/**
 * The words that show each urgent-help panel (content/vocabularies/urgent-triggers/). The search page fetches
 * them as soon as it starts, before anyone types, and the browser keeps them: hundreds of kilobytes of trigger
 * words in the page itself would be downloaded again on every search page a phone opens. Packed (each word
 * once: signpost-pack.ts), as the file is the biggest the page fetches before its first panel can show.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(packSignposts(signpostTriggers(getDirectory().vocab.urgentHelp))), { headers: { 'Content-Type': 'application/json' } });
