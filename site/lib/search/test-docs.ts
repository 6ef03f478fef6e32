/** Small hand-made search documents for the engine unit tests (the contract suite uses a whole directory). */
import type { SearchDocument } from './search-document.ts';

const base: Omit<SearchDocument, 'id' | 'serviceId' | 'venue' | 'name'> = {
  organization: 'Example Org',
  summary: 'A service.',
  description: '',
  needs: ['parenting'],
  needLabels: ['Parenting support'],
  needPhrases: [],
  eligibility: '',
  pregnancy: false,
  age_min: 0,
  age_max: 18,
  send_max: 18,
  level: 'universal',
  access: ['drop-in'],
  cost: 'free',
  delivery: ['in-person'],
  languages: ['en'],
  days: ['monday'],
  localities: ['central'],
  has_venue: true,
  venueName: 'Hall',
  address: '1 High Street',
  town: 'Doncaster',
  postcode: 'DN4 0TY',
  approximate: false,
  hubIds: [],
  hub: false,
  status: 'active',
  review: 'current',
};

export const tinyDocs: SearchDocument[] = [
  { ...base, id: 'org__yoga__v0', serviceId: 'org/yoga', venue: 0, name: 'Mum and Baby Yoga', needs: ['parent-wellbeing'], _geo: { lat: 53.5, lng: -1.1 } },
  { ...base, id: 'org__course__v0', serviceId: 'org/course', venue: 0, name: 'Parenting Course', town: 'Thorne', days: ['monday'], _geo: { lat: 53.6, lng: -0.95 } },
  { ...base, id: 'org__course__v1', serviceId: 'org/course', venue: 1, name: 'Parenting Course', hub: true, hubIds: ['balby-family-hub'], days: ['friday'], _geo: { lat: 53.5, lng: -1.16 } },
  { ...base, id: 'org__phone', serviceId: 'org/phone', venue: -1, name: 'Parenting Helpline', has_venue: false, delivery: ['phone'], days: [], venueName: '', address: '', town: '', postcode: '' },
  { ...base, id: 'org__closed__v0', serviceId: 'org/closed', venue: 0, name: 'Closed Parenting Group', status: 'temporarily-closed', _geo: { lat: 53.5, lng: -1.1 } },
];
