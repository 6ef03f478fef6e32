/**
 * Build time only: the static ORUK API's files, made once per build from the site's own directory (the
 * validator's loader), by the pure mapping in content/oruk/. The endpoints beside this file only serve them.
 */
import dfe from '../../../content/data/dfe-service-categories.json';
import { buildOrukApi, type OrukDocument } from '../../../content/oruk/api.ts';
import type { DfeCategory } from '../../../content/oruk/taxonomies.ts';
import { getDirectory } from '../../lib/directory.ts';
import { valueLabels } from '../../lib/value-labels.ts';

let cached: OrukDocument[] | undefined;

export function orukDocuments(): OrukDocument[] {
  if (cached) return cached;
  const { council, vocab, listings } = getDirectory();
  cached = buildOrukApi({ council, vocab, dfe: dfe as DfeCategory[], listings, labels: valueLabels() });
  return cached;
}

export function orukResponse(body: unknown): Response {
  // Access-Control-Allow-Origin must be sent by the host too (see docs/oruk.md): a static file cannot set it.
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
