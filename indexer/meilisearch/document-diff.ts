import { createHash } from 'node:crypto';

/** The least the indexer needs to know about a search document. */
export type IndexableDocument = Record<string, unknown> & { serviceId: string };

export interface ServiceDiff {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** JSON with keys in a fixed order, so the same content always gives the same text (and hash). */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** One hash per service over all its documents (one per venue), whatever order they come in. */
export function serviceHashes(documents: readonly Record<string, unknown>[]): Map<string, string> {
  const byService = new Map<string, string[]>();
  for (const d of documents) {
    const id = String(d.serviceId);
    const list = byService.get(id) ?? [];
    list.push(stableJson(d));
    byService.set(id, list);
  }
  return new Map([...byService].map(([id, docs]) => [id, createHash('sha256').update(docs.sort().join('\n')).digest('hex')]));
}

/**
 * What an indexing run would change, service by service: compared by serviceId and a hash of the content,
 * so a dry run can say "3 new, 2 changed, 1 removed" without writing anything.
 */
export function diffServices(next: readonly Record<string, unknown>[], live: readonly Record<string, unknown>[]): ServiceDiff {
  const a = serviceHashes(next);
  const b = serviceHashes(live);
  const added = [...a.keys()].filter((id) => !b.has(id)).sort();
  const removed = [...b.keys()].filter((id) => !a.has(id)).sort();
  const changed = [...a.keys()].filter((id) => b.has(id) && b.get(id) !== a.get(id)).sort();
  return { added, changed, removed, unchanged: a.size - added.length - changed.length };
}
