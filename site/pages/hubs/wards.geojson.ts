import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The ward boundaries the hub map draws when there is no tile server (ONS, Open Government Licence; see
 * content/data/SOURCE.md), copied into the built site so the map never fetches them from anywhere else.
 */
export const GET: APIRoute = () =>
  new Response(readFileSync(resolve(process.cwd(), 'content', 'data', 'doncaster-wards-2023.geojson'), 'utf8'), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
