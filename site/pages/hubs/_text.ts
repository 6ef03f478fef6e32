/**
 * The words on the hub and locality pages, in one place so a second language is a second file with the same
 * shape. Kept beside the pages (not in site/i18n/en.ts) only because that file was being edited by another
 * engineer when these pages were written; it can be folded in as `en.hubs` and `en.localities`.
 */
export const hubText = {
  title: 'Family Hubs and Youth Hubs',
  intro: (area: string) =>
    `Family Hubs in ${area} are for families with children up to 18, or 24 with SEND. Youth Hubs are for young people. You can walk in when they are open.`,
  mapLabel: 'Map of Family Hubs and Youth Hubs. Every hub on the map is also in the list.',
  mapHint: 'Use Tab to move between hubs on the map and Enter to see a link to each one. The list has the same hubs.',
  listHeading: 'All hubs by area',
  inArea: (locality: string, area: string) => `${locality} ${area}`,
  kind: 'Type of hub',
  address: 'Where',
  opening: 'Opening times',
  openingCaveat: 'Opening times can change in school holidays. Call before you go if you are not sure.',
  area: 'Area',
  services: 'Services at this hub',
  servicesCount: (n: number) =>
    n === 0 ? 'No services are listed at this hub yet.' : n === 1 ? '1 service is listed at this hub.' : `${n} services are listed at this hub.`,
  directions: 'Getting there',
  directionsOsm: 'Directions on OpenStreetMap (opens another website)',
  directionsApp: 'Open in your phone’s maps app',
  otherHubs: (locality: string) => `Other hubs in ${locality}`,
  wardsAttribution: 'Ward boundaries: Office for National Statistics, Open Government Licence v3.0',
} as const;

export const localityText = {
  title: (area: string) => `Areas of ${area}`,
  intro: (area: string) =>
    `${area}'s Family Hubs work in four areas. Each area page shows its hubs, the wards it covers, the services for each need and where help is missing.`,
  hubs: 'Hubs in this area',
  wards: 'Wards in this area',
  needs: 'Services by need',
  needsHint: 'The number of services a family in this area can use, including services for the whole borough.',
  need: 'Need',
  count: 'Services',
  local: 'Aimed at this area',
  gaps: 'Where help is missing',
  gapsHint:
    'Needs where a family in this area would find nothing for their child’s age, only borough-wide services, or only help through a professional’s referral. From the same figures as the coverage report.',
  noGaps: 'No gaps found in this area.',
  coverageReport: 'See the coverage report for every area',
  summary: (hubs: number, wards: number, services: number) =>
    `${hubs === 1 ? '1 hub' : `${hubs} hubs`}, ${wards === 1 ? '1 ward' : `${wards} wards`}, ${services === 1 ? '1 service' : `${services} services`} a family here can use`,
} as const;
