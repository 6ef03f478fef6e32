import type { RecordAny, Settings } from 'meilisearch';
import type { AdminClient } from './admin-client.ts';
import { stableJson } from './document-diff.ts';
import { planPublish } from './publish.ts';

/** Settings whose lists are ordered (the order is the ranking); every other list is a set. */
const ORDERED = new Set(['rankingRules', 'searchableAttributes', 'displayedAttributes']);

/**
 * The settings (dotted paths) where the live index differs from what the content asks for. Only what the
 * indexer sets is compared: Meilisearch answers with every setting, defaults included, and may list a set
 * in another order, so lists are compared as sets except where the order is the meaning.
 */
export function settingsDifferences(wanted: Settings, live: Settings): string[] {
  const out: string[] = [];
  const walk = (w: unknown, l: unknown, path: string, ordered: boolean) => {
    if (Array.isArray(w)) {
      const canon = (xs: unknown[]) => (ordered ? xs.map(stableJson) : xs.map(stableJson).sort()).join(',');
      if (!Array.isArray(l) || canon(w) !== canon(l)) out.push(path);
      return;
    }
    if (w !== null && typeof w === 'object') {
      if (l === null || typeof l !== 'object') {
        out.push(path);
        return;
      }
      for (const [k, v] of Object.entries(w)) {
        if (v !== undefined) walk(v, (l as Record<string, unknown>)[k], path ? `${path}.${k}` : k, ordered);
      }
      return;
    }
    if (w !== l) out.push(path);
  };
  for (const [k, v] of Object.entries(wanted)) if (v !== undefined) walk(v, (live as Record<string, unknown>)[k], k, ORDERED.has(k));
  return out;
}

export interface LiveCheck {
  /** True when the live index holds exactly the content's documents with the content's settings. */
  inStep: boolean;
  liveExists: boolean;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  settings: string[];
}

/** Compare the live index with what the content would put there. Reads only; writes nothing. */
export async function checkLive(client: AdminClient, uid: string, documents: RecordAny[], settings: Settings): Promise<LiveCheck> {
  const plan = await planPublish(client, uid, documents);
  const differing = plan.liveExists ? settingsDifferences(settings, await client.getSettings(uid)) : [];
  const inStep = plan.liveExists && plan.added.length === 0 && plan.changed.length === 0 && plan.removed.length === 0 && differing.length === 0;
  return {
    inStep,
    liveExists: plan.liveExists,
    added: plan.added,
    changed: plan.changed,
    removed: plan.removed,
    unchanged: plan.unchanged,
    settings: differing,
  };
}
