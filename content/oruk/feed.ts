import { fromV1Service, looksLikeV1Service } from './v1.ts';
import type { OrukLocation, OrukService } from './types.ts';

/**
 * The services in one JSON document of an ORUK feed: a single service, a page (`contents`), or a plain list.
 * Other documents (taxonomies, organisations) hold no services and give an empty list with the reason.
 */
export function servicesInFeed(json: unknown): { services: OrukService[]; skipped?: string } {
  const items = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.contents) ? json.contents : [json];
  const services: OrukService[] = [];
  let other = 0;
  for (const item of items) {
    if (!isObject(item)) {
      other += 1;
      continue;
    }
    if (looksLikeV1Service(item)) services.push(fromV1Service(item));
    else if (isObject(item.service) && isObject(item.location) && typeof item.service.name === 'string') {
      // A service-at-location record: the service, at this one venue.
      const service = item.service as unknown as OrukService;
      services.push({ ...service, service_at_locations: [{ id: String(item.id ?? ''), location: item.location as unknown as OrukLocation }] });
    }
    else if (typeof item.name === 'string' && typeof item.id === 'string' && typeof item.status === 'string' && !('taxonomy_terms' in item)) {
      services.push(item as unknown as OrukService);
    } else other += 1;
  }
  return other > 0 && services.length === 0 ? { services, skipped: 'it holds no services (for example taxonomies or organisations)' } : { services };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
