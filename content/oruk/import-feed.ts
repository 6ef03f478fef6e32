import { createHash } from 'node:crypto';
import { servicesInFeed } from './feed.ts';
import { fromOrukService, type ImportContext, type ImportedListing } from './import-service.ts';
import type { FeedService } from './record.ts';

export interface FeedDocument {
  file: string;
  json: unknown;
}

/** A record that could not be imported at all, named by file, position, id and name. */
export interface FailedRecord {
  file: string;
  index: number;
  id?: string;
  name?: string;
  reason: string;
}

export interface FeedImport {
  listings: (ImportedListing & { sourceFile: string })[];
  /** Documents that held no services, with the reason, so the report can say why nothing came of them. */
  skipped: { file: string; reason: string }[];
  failed: FailedRecord[];
  /** Services the feed gave no id (imported under a key made from their content, and reported). */
  withoutId: number;
  /**
   * Set when no service of the feed could be placed in the council's area: the one line the report starts
   * with. Every service then carries a blocking area note.
   */
  unplaced?: string;
}

const hash = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

function contentKey(s: FeedService): string {
  try {
    return `no-id-${hash(JSON.stringify(s), 12)}`;
  } catch {
    return `no-id-${hash(`${s.name}|${s.organization?.name ?? ''}|${s.description ?? ''}`, 12)}`;
  }
}

/**
 * Every service in a set of feed documents as listings, each once (a feed's list page and its service page
 * repeat the same service), each at its own path. Services whose `<organisation>/<service>` path is shared
 * all get a suffix from a hash of their full source id, so none overwrites another and the same feed always
 * gives the same file names. Pure; one record's failure never stops the rest.
 */
export function importFeed(documents: FeedDocument[], ctx: ImportContext): FeedImport {
  const byId = new Map<string, { service: FeedService; file: string }>();
  const skipped: FeedImport['skipped'] = [];
  const failed: FailedRecord[] = [];
  let withoutId = 0;
  for (const doc of documents) {
    const { services, failures, skipped: why } = servicesInFeed(doc.json);
    if (why) skipped.push({ file: doc.file, reason: why });
    for (const f of failures) failed.push({ file: doc.file, ...f });
    for (const s of services) {
      let key = s.id.trim();
      if (key === '') {
        withoutId += 1;
        key = contentKey(s);
        s.id = key;
        s.unmapped.unshift('id (missing: a later import cannot tell this service from a new one)');
      }
      const previous = byId.get(key);
      byId.set(key, previous ? merge(previous, { service: s, file: doc.file }) : { service: s, file: doc.file });
    }
  }
  const listings: FeedImport['listings'] = [];
  for (const [key, { service, file }] of byId) {
    try {
      listings.push({ ...fromOrukService(service, ctx), sourceFile: file });
    } catch (e) {
      failed.push({
        file,
        index: -1,
        id: key,
        ...(service.name ? { name: service.name } : {}),
        reason: `it could not be mapped (${e instanceof Error ? e.message : String(e)})`,
      });
    }
  }
  listings.sort((a, b) => a.path.localeCompare(b.path) || a.sourceId.localeCompare(b.sourceId));
  uniquePaths(listings);

  const placed = listings.filter((l) => l.placement === 'in').length;
  let unplaced: string | undefined;
  if (listings.length > 0 && placed === 0) {
    const elsewhere = [...new Set(listings.flatMap((l) => l.elsewhere))];
    unplaced =
      `None of the ${listings.length} services can be placed in ${ctx.council.area_name}: ` +
      (elsewhere.length
        ? `the feed places them elsewhere (for example ${elsewhere.slice(0, 3).join(', ')})`
        : 'the feed gives no venue postcode, service area or map point here') +
      '. Is this the right feed? Every service is a draft until an editor confirms it serves families here.';
    for (const l of listings) {
      if (!l.notes.some((n) => n.kind === 'area' && n.blocking)) {
        l.notes.push({
          kind: 'area',
          blocking: true,
          message: `No service in this feed can be placed in ${ctx.council.area_name}: confirm this one serves families here, then choose service_areas.`,
        });
      }
    }
  }
  return { listings, skipped, failed, withoutId, ...(unplaced ? { unplaced } : {}) };
}

/** Give every listing a distinct path: clashing ones get a hash of their full source id, longer until unique. */
function uniquePaths(listings: ImportedListing[]): void {
  const count = new Map<string, number>();
  for (const l of listings) count.set(l.path, (count.get(l.path) ?? 0) + 1);
  const taken = new Set(listings.filter((l) => count.get(l.path) === 1).map((l) => l.path));
  for (const l of listings) {
    if (count.get(l.path) === 1) continue;
    for (let n = 8; n <= 64; n += 4) {
      const candidate = `${l.path}-${hash(l.sourceId, n)}`;
      if (!taken.has(candidate)) {
        l.path = candidate;
        taken.add(candidate);
        break;
      }
    }
  }
}

/**
 * The same service seen twice (a list item and its full page, or once per venue in a service-at-location
 * list): keep the fuller record, and every venue either one names.
 */
function merge(a: { service: FeedService; file: string }, b: { service: FeedService; file: string }) {
  const size = (s: FeedService) => {
    try {
      return JSON.stringify(s).length;
    } catch {
      return 0;
    }
  };
  const [rich, poor] = size(a.service) >= size(b.service) ? [a, b] : [b, a];
  const venues = [...(rich.service.service_at_locations ?? [])];
  for (const v of poor.service.service_at_locations ?? []) {
    if (!venues.some((x) => x.id === v.id || (x.location?.id !== undefined && x.location.id === v.location?.id))) venues.push(v);
  }
  return { service: { ...rich.service, ...(venues.length ? { service_at_locations: venues } : {}) }, file: rich.file };
}
