import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';
import { toHandoutEntry } from '../lib/shortlist-entry.ts';

/** The facts the shortlist page prints for each service, keyed by listing id. Public data only. */
export const GET: APIRoute = () => {
  const entries = Object.fromEntries(getDirectory().listings.map((l) => [l.id, toHandoutEntry(l)]));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
