/**
 * The parts of the Open Referral UK 3.0 (HSDS 3.0 UK profile) shapes we publish and read. Optional fields
 * are optional here too: ORUK consumers expect a missing field, never null.
 */
export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  taxonomy_id?: string;
  term_uri?: string;
  /** The term's code in its taxonomy: for our needs, the need id. */
  term?: string;
}

export interface OrukAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: OrukTaxonomyTerm;
}

export interface OrukSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  attending_type?: string;
  notes?: string;
}

export interface OrukAddress {
  id: string;
  location_id?: string;
  address_1: string;
  address_2?: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface OrukAccessibility {
  id: string;
  location_id?: string;
  description?: string;
  details?: string;
}

export interface OrukLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  transportation?: string;
  addresses?: OrukAddress[];
  accessibility?: OrukAccessibility[];
}

export interface OrukServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: OrukLocation;
}

export interface OrukPhone {
  id: string;
  number: string;
  description?: string;
}

export interface OrukContact {
  id: string;
  service_id?: string;
  name?: string;
  title?: string;
  /** HSDS 3.0 contact fields the UK profile leaves open (it allows extra properties). */
  email?: string;
  phones?: OrukPhone[];
}

export interface OrukCostOption {
  id: string;
  service_id?: string;
  option?: string;
  amount?: number;
  amount_description?: string;
}

export interface OrukLanguage {
  id: string;
  service_id?: string;
  /** HSDS 3.0 language fields (ISO 639 code and name). */
  name?: string;
  code?: string;
}

export interface OrukServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  description?: string;
  uri?: string;
  extent?: string;
  extent_type?: string;
  service_area?: string;
}

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  uri?: string;
}

export interface OrukService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  fees?: string;
  /** HSDS 3.0 service fields the UK profile allows as extras. */
  short_description?: string;
  eligibility_description?: string;
  application_process?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  alert?: string;
  last_modified?: string;
  schedules?: OrukSchedule[];
  service_areas?: OrukServiceArea[];
  service_at_locations?: OrukServiceAtLocation[];
  languages?: OrukLanguage[];
  organization?: OrukOrganization;
  cost_options?: OrukCostOption[];
  contacts?: OrukContact[];
  attributes?: OrukAttribute[];
}

/** The UK profile's page envelope for list endpoints. */
export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
