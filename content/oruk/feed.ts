import { get, isRec, str, type Rec } from './read.ts';
import { looksLikeService, readService, type FeedService } from './record.ts';

/** A record the importer could not read, named so the report can point at it. */
export interface RecordFailure {
  /** Position in the document (0-based), id and name where the record gives them. */
  index: number;
  id?: string;
  name?: string;
  reason: string;
}

/**
 * The records of one JSON document of a feed: a page of either shape (3.0 `contents`, 1.0 `content`), a plain
 * list, or a single record. Council APIs wrap lists in other names too (`items`, `data`, `services`).
 */
export function recordsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  // An organisation lists its services too, but it is not an envelope: only a record without a name is.
  if (get(json, 'name') !== undefined) return [json];
  for (const k of ['contents', 'content', 'items', 'data', 'services', 'results']) {
    const v = get(json, k);
    if (Array.isArray(v)) return v;
  }
  return [json];
}

/**
 * The services in one JSON document. Other records (taxonomies, organisations) give an empty list with the
 * reason. Each record is read on its own: one that cannot be read is named in `failures`, and the rest go on.
 */
export function servicesInFeed(json: unknown): { services: FeedService[]; failures: RecordFailure[]; skipped?: string } {
  const items = recordsOf(json);
  const services: FeedService[] = [];
  const failures: RecordFailure[] = [];
  let other = 0;
  items.forEach((item, index) => {
    try {
      if (!isRec(item)) {
        other += 1;
        return;
      }
      const inner = get(item, 'service');
      if (isRec(inner) && isRec(get(item, 'location')) && str(get(inner, 'name')) !== undefined) {
        // A service-at-location record: the service, at this one venue.
        services.push(readService({ ...inner, service_at_locations: [{ id: get(item, 'id'), location: get(item, 'location') }] } as Rec));
      } else if (looksLikeService(item)) services.push(readService(item));
      else other += 1;
    } catch (e) {
      failures.push({
        index,
        ...(str(get(item, 'id')) ? { id: str(get(item, 'id'))! } : {}),
        ...(str(get(item, 'name')) ? { name: str(get(item, 'name'))! } : {}),
        reason: e instanceof RangeError ? 'it is nested too deeply to read' : `it could not be read (${e instanceof Error ? e.message : String(e)})`,
      });
    }
  });
  const skipped =
    other > 0 && services.length === 0 && failures.length === 0 ? 'it holds no services (for example taxonomies or organisations)' : undefined;
  return { services, failures, ...(skipped ? { skipped } : {}) };
}
