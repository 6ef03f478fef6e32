import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';

/**
 * The council's colours, from content/council.yaml, as a stylesheet on our own origin. It is a file rather
 * than inline styles so the Content-Security-Policy never needs 'unsafe-inline'.
 */
export const GET: APIRoute = () => {
  const { theme } = getDirectory().council;
  const css = `:root{--brand:${theme.brand_colour};--brand-text:${theme.brand_text_colour}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
