/**
 * The shortlist: listing ids kept in the browser (localStorage) and carried in a link as ?ids=a,b,c.
 * Only ids, never anything about the family. Pure helpers here; the thin storage edge is at the bottom.
 */
import { servicePath } from './format.ts';

export const STORAGE_KEY = 'fis-shortlist';
export const MAX_ITEMS = 30;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Clean a list of ids: valid shape only, no duplicates, at most MAX_ITEMS, order kept. */
export function cleanIds(ids: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (typeof id === 'string' && ID.test(id) && !out.includes(id)) out.push(id);
  }
  return out.slice(0, MAX_ITEMS);
}

/** "a/b,c/d" (from ?ids=) → ["a/b", "c/d"]. */
export function parseIdsParam(value: string | null | undefined): string[] {
  return value ? cleanIds(value.split(',').map((s) => s.trim())) : [];
}

export function toIdsParam(ids: readonly string[]): string {
  return cleanIds(ids).join(',');
}

export function addId(ids: readonly string[], id: string): string[] {
  return cleanIds([...ids, id]);
}

export function removeId(ids: readonly string[], id: string): string[] {
  return ids.filter((i) => i !== id);
}

/** Read the stored list; anything unreadable counts as empty rather than breaking the page. */
export function readStored(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string[] {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? cleanIds(parsed) : [];
  } catch {
    return [];
  }
}

export function writeStored(ids: readonly string[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(cleanIds(ids)));
  } catch {
    /* private browsing or storage full: the shortlist just does not persist */
  }
}

export interface ShortlistEntry {
  id: string;
  name: string;
  organization: string;
  summary: string;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
}

/** The email a practitioner sends a family: names, phone numbers and links, in plain text. */
export function mailtoHref(entries: readonly ShortlistEntry[], siteUrl: string, subject: string, intro: string): string {
  const base = siteUrl.replace(/\/$/, '');
  const lines = entries.map((e) =>
    [e.name, e.phone ? `Phone: ${e.phone}` : '', e.email ? `Email: ${e.email}` : '', `${base}${servicePath(e.id)}`].filter(Boolean).join('\n'),
  );
  const body = `${intro}\n\n${lines.join('\n\n')}\n\nThe full list: ${base}/shortlist/?ids=${toIdsParam(entries.map((e) => e.id))}`;
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
