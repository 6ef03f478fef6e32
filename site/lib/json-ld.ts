import type { LoadedListing } from '../../content/lib/load-directory.ts';
import type { Council } from '../../content/schema/index.ts';
import { markdownToText } from '../../content/lib/markdown-text.ts';

/**
 * schema.org JSON-LD for a service page, so search engines can show it as a service: GovernmentService when
 * the council runs it, Service otherwise; provider, areaServed, audience ages, contact points and venues.
 * Hidden addresses give only the town.
 */
export function serviceJsonLd(l: LoadedListing, council: Council, url: string, localityNames: string[]): Record<string, unknown> {
  const { listing } = l;
  const isCouncil = listing.organization.toLowerCase().includes(council.area_name.toLowerCase() + ' council');
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
    ...(listing.email || phones[0] ? { availableChannel: { '@type': 'ServiceChannel', ...(phones[0] ? { servicePhone: { '@type': 'ContactPoint', telephone: phones[0] } } : {}), ...(listing.url ? { serviceUrl: listing.url } : {}) } } : {}),
    ...(l.venues.length > 0
      ? {
          serviceLocation: l.venues.map((v) => ({
            '@type': 'Place',
            name: v.name,
            address: v.hide_address
              ? { '@type': 'PostalAddress', addressLocality: v.city, addressCountry: 'GB' }
              : { '@type': 'PostalAddress', streetAddress: [v.address_1, v.address_2].filter(Boolean).join(', '), addressLocality: v.city, postalCode: v.postal_code, addressCountry: 'GB' },
          })),
        }
      : {}),
  };
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
