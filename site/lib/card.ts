/**
 * What a result card shows, from a search hit: pure and browser-safe, so the static browse pages and the
 * search island render the same card from the same data.
 */
import type { SearchHit } from './search/results.ts';
import { formatAges, formatDate, formatMiles } from './format.ts';

export interface CardLabels {
  /** Access route id → label, e.g. "professional-referral" → "Referral by a professional". */
  access: Record<string, string>;
  online: string;
  free: string;
  paid: string;
}

export interface CardData {
  id: string;
  name: string;
  organization: string;
  summary: string;
  ages: string;
  cost: string;
  access: string;
  where: string;
  distance?: string | undefined;
  /** "14 October 2026", when known. */
  checked?: string | undefined;
}

/**
 * `costText` is the listing's own prices ("£1 a session, free with free school meals"), shown instead of
 * the bare "Costs money" whenever it is known.
 */
export function toCardData(hit: SearchHit, labels: CardLabels, assuredDate?: string, costText?: string): CardData {
  const where = hit.has_venue ? [hit.venueName, hit.town].filter((s, i, a) => s && a.indexOf(s) === i).join(', ') : labels.online;
  return {
    id: hit.serviceId,
    name: hit.name,
    organization: hit.organization,
    summary: hit.summary,
    ages: formatAges(hit.age_min, hit.age_max, hit.send_max),
    cost: hit.cost === 'free' ? labels.free : costText?.trim() || labels.paid,
    access: hit.access.map((a) => labels.access[a] ?? a).join(', '),
    where,
    distance: hit.distanceMiles !== undefined ? formatMiles(hit.distanceMiles) : undefined,
    checked: assuredDate ? formatDate(assuredDate) : undefined,
  };
}
