import { servicesInFeed } from './feed.ts';
import { fromOrukService, type ImportContext, type ImportedListing } from './import-service.ts';
import type { OrukService } from './types.ts';

export interface FeedDocument {
  file: string;
  json: unknown;
}

export interface FeedImport {
  listings: (ImportedListing & { sourceFile: string })[];
  /** Documents that held no services, with the reason, so the report can say why nothing came of them. */
  skipped: { file: string; reason: string }[];
}

/**
 * Every service in a set of feed documents as listings, each once (a feed's list page and its service page
 * repeat the same service), each at its own path: two services with the same name from one organisation get
 * the start of their source id added, so neither overwrites the other. Pure.
 */
export function importFeed(documents: FeedDocument[], ctx: ImportContext): FeedImport {
  const byId = new Map<string, { service: OrukService; file: string }>();
  const skipped: FeedImport['skipped'] = [];
  let anonymous = 0;
  for (const doc of documents) {
    const { services, skipped: why } = servicesInFeed(doc.json);
    if (why) skipped.push({ file: doc.file, reason: why });
    for (const s of services) {
      const key = s.id || `no-id-${(anonymous += 1)}`;
      const previous = byId.get(key);
      byId.set(key, previous ? merge(previous, { service: s, file: doc.file }) : { service: s, file: doc.file });
    }
  }
  const listings = [...byId.values()]
    .map(({ service, file }) => ({ ...fromOrukService(service, ctx), sourceFile: file }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.sourceId.localeCompare(b.sourceId));
  const byPath = new Map<string, number>();
  for (const l of listings) byPath.set(l.path, (byPath.get(l.path) ?? 0) + 1);
  for (const l of listings) {
    if ((byPath.get(l.path) ?? 0) > 1) l.path = `${l.path}-${l.sourceId.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase()}`;
  }
  return { listings, skipped };
}

/**
 * The same service seen twice (a list item and its full page, or once per venue in a service-at-location
 * list): keep the fuller record, and every venue either one names.
 */
function merge(a: { service: OrukService; file: string }, b: { service: OrukService; file: string }) {
  const [rich, poor] = JSON.stringify(a.service).length >= JSON.stringify(b.service).length ? [a, b] : [b, a];
  const venues = [...(rich.service.service_at_locations ?? [])];
  for (const v of poor.service.service_at_locations ?? []) {
    if (!venues.some((x) => x.id === v.id || (x.location?.id !== undefined && x.location.id === v.location?.id))) venues.push(v);
  }
  return { service: { ...rich.service, ...(venues.length ? { service_at_locations: venues } : {}) }, file: rich.file };
}
