import type { LoadedListing, ResolvedHub } from '../../content/lib/load-directory.ts';
import type { Council } from '../../content/schema/index.ts';
import { markdownToText } from '../../content/lib/markdown-text.ts';
import { hubKindLabel } from './hub-kind.ts';

/** Every schema.org description the site publishes: a service page and a hub page. */

/**
 * schema.org JSON-LD for a service page, so search engines can show it as a service: GovernmentService when
 * the council runs it, Service otherwise; provider, areaServed, audience ages, contact points and venues.
 * Hidden addresses give only the town.
 */
export function serviceJsonLd(l: LoadedListing, council: Council, url: string, localityNames: string[]): Record<string, unknown> {
  const { listing } = l;
  const isCouncil = listing.organization.toLowerCase().includes(`${council.area_name.toLowerCase()} council`);
  const phones = listing.contacts.flatMap((c) => (c.phone ? [c.phone] : []));
  return {
    '@context': 'https://schema.org',
    '@type': isCouncil ? 'GovernmentService' : 'Service',
    name: listing.name,
    description: markdownToText(listing.description),
    url,
    provider: { '@type': isCouncil ? 'GovernmentOrganization' : 'Organization', name: listing.organization },
    areaServed: localityNames.map((n) => ({ '@type': 'AdministrativeArea', name: `${n} ${council.area_name}` })),
    audience: {
      '@type': 'PeopleAudience',
      suggestedMinAge: listing.minimum_age,
      suggestedMaxAge: listing.send_maximum_age ?? listing.maximum_age,
    },
    isAccessibleForFree: listing.cost === 'free',
    ...(listing.email || phones[0]
      ? {
          availableChannel: {
            '@type': 'ServiceChannel',
            ...(phones[0] ? { servicePhone: { '@type': 'ContactPoint', telephone: phones[0] } } : {}),
            ...(listing.url ? { serviceUrl: listing.url } : {}),
          },
        }
      : {}),
    ...(l.venues.length > 0
      ? {
          serviceLocation: l.venues.map((v) => ({
            '@type': 'Place',
            name: v.name,
            address: v.hide_address
              ? { '@type': 'PostalAddress', addressLocality: v.city, addressCountry: 'GB' }
              : {
                  '@type': 'PostalAddress',
                  streetAddress: [v.address_1, v.address_2].filter(Boolean).join(', '),
                  addressLocality: v.city,
                  postalCode: v.postal_code,
                  addressCountry: 'GB',
                },
          })),
        }
      : {}),
  };
}

/** schema.org's day names (https://schema.org/DayOfWeek): the day id with a capital, not interface words. */
const schemaDay = (day: string) => `${day.charAt(0).toUpperCase()}${day.slice(1)}`;

/**
 * schema.org JSON-LD for a hub page: a CivicStructure (a public building) run by the council, with its town,
 * postcode, point and opening hours, so search engines can answer "family hub near me" with the right place.
 */
export function hubJsonLd(hub: ResolvedHub, council: Pick<Council, 'name' | 'area_name'>, url: string, locality: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    name: hub.name,
    url,
    description: `${hubKindLabel(hub.kind)} in ${hub.town}, ${locality} ${council.area_name}.`,
    address: {
      '@type': 'PostalAddress',
      addressLocality: hub.town,
      postalCode: hub.postal_code,
      addressRegion: council.area_name,
      addressCountry: 'GB',
    },
    geo: { '@type': 'GeoCoordinates', latitude: Number(hub.lat.toFixed(5)), longitude: Number(hub.lng.toFixed(5)) },
    containedInPlace: { '@type': 'AdministrativeArea', name: `${locality} ${council.area_name}` },
    ...(hub.schedules.length > 0
      ? {
          openingHoursSpecification: hub.schedules.map((s) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: s.days.map((d) => `https://schema.org/${schemaDay(d)}`),
            opens: s.opens_at,
            closes: s.closes_at,
            ...(s.description ? { description: s.description } : {}),
          })),
        }
      : {}),
    publicAccess: true,
    isAccessibleForFree: true,
    maintainer: { '@type': 'GovernmentOrganization', name: council.name },
  };
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
