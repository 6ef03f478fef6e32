import { z } from 'zod';
import { ageYears, clockTime, plainLine, postcode, slug } from './primitives.ts';
import { scheduleSchema } from './schedule.ts';

/**
 * Vocabularies are data with stable ids (content/vocabularies/*.yaml). Listings refer to them by id,
 * so labels can be improved without touching a single listing.
 */

export const needSchema = z.object({
  id: slug,
  label: plainLine(80),
  hint: plainLine(120),
  phrases: z.array(plainLine(60)).min(1),
  dfe_direct: z.boolean(),
  dfe_categories: z.array(z.object({ parent: plainLine(80), name: plainLine(120) })).min(1),
  /**
   * The ages of the children or young people this need plausibly concerns, in years (for a parent's need,
   * their children's ages). The coverage report names an age band as a gap only when it overlaps this span,
   * so it never asks for childcare for 16 to 19 year olds or youth clubs for the under-5s.
   */
  ages: z
    .object(
      { min: ageYears, max: ageYears },
      { error: "Give the ages this need is for, in years, for example ages: { min: 0, max: 18 } (for a parent's need, their children's ages)" },
    )
    .strict()
    .refine((a) => a.min <= a.max, { message: 'ages: min must not be above max. Swap them, or correct one.' }),
});
export const needsFileSchema = z.object({ needs: z.array(needSchema).min(1) });

export const wardSchema = z.object({ code: z.string().regex(/^E05\d{6}$/), name: plainLine(80) });
export const localitySchema = z.object({
  id: slug,
  name: plainLine(40),
  description: plainLine(200),
  wards: z.array(wardSchema).min(1),
  /** Villages, estates and neighbourhoods people name in a search ("soft play in Dunscroft"), read as this locality. */
  places: z.array(plainLine(60)).optional(),
});
export const localitiesFileSchema = z.object({ localities: z.array(localitySchema).min(1) });

export const hubSchema = z.object({
  id: slug,
  name: plainLine(80),
  kind: z.enum(['family-hub', 'youth-hub']),
  postal_code: postcode,
  town: plainLine(60),
  ward: plainLine(80),
  locality: slug,
  schedules: z.array(scheduleSchema).default([]),
});
export const hubsFileSchema = z.object({ hubs: z.array(hubSchema).min(1) });

const labelled = z.object({ id: slug, label: plainLine(80), hint: plainLine(200).optional() });
export const accessRoutesFileSchema = z.object({ access_routes: z.array(labelled).min(1) });
export const accessibilityFeaturesFileSchema = z.object({ accessibility_features: z.array(labelled).min(1) });
export const languageSchema = z.object({
  id: z.string().regex(/^[a-z]{2,3}$/),
  label: plainLine(40),
  native: plainLine(40).optional(),
});
export const languagesFileSchema = z.object({ languages: z.array(languageSchema).min(1) });

export type Need = z.infer<typeof needSchema>;
export type Ward = z.infer<typeof wardSchema>;
export type Locality = z.infer<typeof localitySchema>;
export type Hub = z.infer<typeof hubSchema>;
export type AccessRoute = z.infer<typeof labelled>;
export type AccessibilityFeature = z.infer<typeof labelled>;
export type Language = z.infer<typeof languageSchema>;

// Re-exported so vocabulary consumers need one import.
export { clockTime };
