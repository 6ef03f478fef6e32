import type { OrukSchedule, OrukService } from './types.ts';

/**
 * ORUK version 1 services (the 2020 UK profile) differ from 3.0 in a few names: taxonomies hang off
 * `service_taxonomys`, ages off `eligibilitys`, times are `regular_schedules`, addresses `physical_addresses`.
 * This turns one into the 3.0 shape so the same importer reads both. Fields v1 has and 3.0 lacks are dropped.
 */
type V1 = Record<string, any>;

export function looksLikeV1Service(item: Record<string, unknown>): boolean {
  return typeof item.name === 'string' && ['service_taxonomys', 'eligibilitys', 'regular_schedules'].some((k) => k in item);
}

const arr = (v: unknown): V1[] => (Array.isArray(v) ? v : []);

function schedules(list: unknown, salId?: string): OrukSchedule[] {
  return arr(list).map((s) => ({
    id: String(s.id ?? ''),
    ...(salId ? { service_at_location_id: salId } : {}),
    ...(s.freq ? { freq: String(s.freq).toUpperCase() === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY' } : {}),
    ...(s.byday ? { byday: String(s.byday) } : {}),
    ...(s.opens_at ? { opens_at: String(s.opens_at) } : {}),
    ...(s.closes_at ? { closes_at: String(s.closes_at) } : {}),
    ...(s.description ? { description: String(s.description) } : {}),
  }));
}

export function fromV1Service(v: V1): OrukService {
  const eligibility = arr(v.eligibilitys)[0];
  const sals = arr(v.service_at_locations);
  return {
    id: String(v.id ?? ''),
    name: String(v.name),
    status: v.status === 'inactive' || v.status === 'defunct' || v.status === 'temporarily closed' ? v.status : 'active',
    ...(v.description ? { description: String(v.description) } : {}),
    ...(v.url ? { url: String(v.url) } : {}),
    ...(v.email ? { email: String(v.email) } : {}),
    ...(v.fees ? { fees: String(v.fees) } : {}),
    ...(v.assured_date ? { assured_date: String(v.assured_date).slice(0, 10) } : {}),
    ...(typeof eligibility?.minimum_age === 'number' ? { minimum_age: eligibility.minimum_age } : {}),
    ...(typeof eligibility?.maximum_age === 'number' ? { maximum_age: eligibility.maximum_age } : {}),
    ...(eligibility?.eligibility ? { eligibility_description: String(eligibility.eligibility) } : {}),
    ...(v.organization?.name ? { organization: { id: String(v.organization.id ?? ''), name: String(v.organization.name), description: String(v.organization.description ?? '') } } : {}),
    schedules: [...schedules(v.regular_schedules), ...sals.flatMap((sal) => schedules(sal.regular_schedules, String(sal.id)))],
    service_areas: arr(v.service_areas).map((a) => ({ id: String(a.id ?? ''), name: String(a.service_area ?? '') })),
    service_at_locations: sals.map((sal) => ({
      id: String(sal.id ?? ''),
      location: {
        id: String(sal.location?.id ?? ''),
        location_type: 'physical',
        ...(sal.location?.name ? { name: String(sal.location.name) } : {}),
        ...(sal.location?.description ? { description: String(sal.location.description) } : {}),
        addresses: arr(sal.location?.physical_addresses).map((a) => ({
          id: String(a.id ?? ''),
          address_1: String(a.address_1 ?? ''),
          city: String(a.city ?? ''),
          state_province: String(a.state_province ?? ''),
          postal_code: String(a.postal_code ?? ''),
          country: String(a.country ?? 'GB'),
          address_type: 'physical' as const,
        })),
        accessibility: arr(sal.location?.accessibility_for_disabilities).map((a) => ({ id: String(a.id ?? ''), description: String(a.accessibility ?? '') })),
      },
    })),
    languages: arr(v.languages).map((l) => ({ id: String(l.id ?? ''), name: String(l.language ?? '') })),
    cost_options: arr(v.cost_options).map((o) => ({
      id: String(o.id ?? ''),
      ...(o.option ? { option: String(o.option) } : {}),
      ...(typeof o.amount === 'number' ? { amount: o.amount } : {}),
      ...(o.amount_description ? { amount_description: String(o.amount_description) } : {}),
    })),
    contacts: arr(v.contacts).map((c) => ({
      id: String(c.id ?? ''),
      ...(c.name ? { name: String(c.name) } : {}),
      ...(c.title ? { title: String(c.title) } : {}),
      phones: arr(c.phones).map((p) => ({ id: String(p.id ?? ''), number: String(p.number ?? '') })),
    })),
    attributes: arr(v.service_taxonomys).map((t) => ({
      id: String(t.id ?? ''),
      taxonomy_term: { id: String(t.taxonomy?.id ?? ''), name: String(t.taxonomy?.name ?? ''), description: '', ...(t.taxonomy?.vocabulary ? { taxonomy: String(t.taxonomy.vocabulary) } : {}) },
    })),
  };
}
