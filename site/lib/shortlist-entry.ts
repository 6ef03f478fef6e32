import type { LoadedListing } from '../../content/lib/load-directory.ts';
import { formatAges, formatSchedule } from './format.ts';
import type { ShortlistEntry } from './shortlist.ts';

export interface HandoutEntry extends ShortlistEntry {
  ages: string;
  cost: string;
  when?: string | undefined;
}

/** What the shortlist handout needs about one service: enough to act on, printed on paper. */
export function toHandoutEntry(l: LoadedListing): HandoutEntry {
  const { listing } = l;
  const venue = l.venues[0];
  const phone = listing.contacts.find((c) => c.phone)?.phone;
  const email = listing.contacts.find((c) => c.email)?.email ?? listing.email;
  const schedules = venue?.schedules ?? listing.schedules;
  return {
    id: l.id,
    name: listing.name,
    organization: listing.organization,
    summary: listing.summary,
    phone,
    email,
    address: venue
      ? venue.hide_address
        ? `${venue.city} (address given when you contact them)`
        : [venue.name, venue.address_1, venue.city, venue.postal_code].join(', ')
      : undefined,
    ages: formatAges(listing.minimum_age, listing.maximum_age, listing.send_maximum_age),
    cost: listing.cost === 'free' ? 'Free' : listing.cost_options.map((c) => c.amount_description).join('; '),
    when: schedules.length > 0 ? schedules.map(formatSchedule).join('; ') : undefined,
  };
}
