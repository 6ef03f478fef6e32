import type { APIRoute, GetStaticPaths } from 'astro';
import { orukDocuments, orukResponse } from './_api.ts';

/**
 * Every file of the read-only Open Referral UK 3.0 API: /oruk/index.json, /oruk/services/index.json (page 1),
 * /oruk/services/page/N.json, /oruk/services/{id}.json, and the same for service_at_locations, taxonomies
 * and taxonomy_terms. The page scheme and the headers a host must send are in docs/oruk.md.
 */
export const getStaticPaths = (() =>
  orukDocuments().map((d) => ({
    params: { path: d.path.replace(/^oruk\//, '').replace(/\.json$/, '') },
    props: { body: d.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => orukResponse((props as { body: unknown }).body);
