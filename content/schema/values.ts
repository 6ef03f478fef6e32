/**
 * The fixed value lists of a listing, declared once and free of zod, so the browser's search code, the query
 * model and the schema all use the same lists. Words people read about each value live in site/i18n/en.ts.
 * ACCESS_ROUTES repeats the ids of content/vocabularies/access-routes.yaml (where their labels and hints
 * are); values.test.ts fails if the two ever differ.
 */

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof DAYS)[number];

/** Levels of need: universal (Level 1), targeted (early help, Level 2), specialist (Level 3). */
export const LEVELS = ['universal', 'targeted', 'specialist'] as const;
export type Level = (typeof LEVELS)[number];

export const ACCESS_ROUTES = ['self-referral', 'professional-referral', 'drop-in', 'booking'] as const;
export type AccessRouteId = (typeof ACCESS_ROUTES)[number];

export const DELIVERY = ['in-person', 'online', 'phone'] as const;
export type Delivery = (typeof DELIVERY)[number];

export const STATUSES = ['active', 'temporarily-closed'] as const;
export type Status = (typeof STATUSES)[number];

/** In `service_areas`, this word means the service is for families anywhere in the borough. */
export const WHOLE_BOROUGH = 'whole-borough';
