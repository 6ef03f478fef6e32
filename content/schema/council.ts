import { z } from 'zod';
import { ageYears, email, isoDate, phone, plainLine, slug, webUrl } from './primitives.ts';

/**
 * The council's settings (content/council.yaml): who runs the directory, its age policy and review rules.
 * A second council changes this file and its vocabularies, not the code.
 */
export const councilSchema = z
  .object({
    id: slug,
    name: plainLine(80),
    area_name: plainLine(60),
    // Other names families use for the whole area ("Donny"): search reads them as the area's name, which
    // narrows nothing, rather than as words a service must contain.
    area_nicknames: z.array(plainLine(40)).max(10).optional(),
    directory_name: plainLine(80),
    lad_code: z.string().regex(/^E0[6-9]\d{6}$/),
    example_data: z.boolean().default(false),
    age_policy: z
      .object({
        minimum_age: ageYears,
        maximum_age: ageYears,
        send_maximum_age: ageYears,
      })
      .strict(),
    review: z
      .object({
        default_interval_months: z.number().int().min(1).max(24),
        grace_period_days: z.number().int().min(0).max(365),
        // Example directories only: judge review dates as at this day, so a demo does not go stale as
        // real time passes. A live directory leaves this out and uses today's date.
        as_of: isoDate.optional(),
      })
      .strict(),
    repository: z.object({ url: webUrl, branch: plainLine(60) }).strict(),
    site_url: webUrl,
    contact: z.object({ phone: phone, email: email, website: webUrl.optional() }).strict(),
    urgent_help: z
      .object({
        childrens_social_care_phone: phone,
        out_of_hours_phone: phone,
        childrens_social_care_url: webUrl.optional(),
        // The council's housing options or homelessness line, shown when a search says someone has nowhere to sleep.
        homelessness_phone: phone.optional(),
      })
      .strict(),
    theme: z
      .object({
        brand_colour: z.string().regex(/^#[0-9a-f]{6}$/i),
        brand_text_colour: z.string().regex(/^#[0-9a-f]{6}$/i),
        logo_text: plainLine(40),
      })
      .strict(),
    map: z
      .object({
        tile_url: webUrl.nullish(),
        tile_attribution: plainLine(200).nullish(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Council = z.infer<typeof councilSchema>;
