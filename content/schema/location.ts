import { z } from 'zod';
import { markdownText, plainLine, postcode, slug } from './primitives.ts';
import { scheduleSchema } from './schedule.ts';

/**
 * A venue where the service happens. Field names follow HSDS 3.0 `location` and `address`.
 * Coordinates are not written here: they come from the postcode, so they can never disagree with it.
 */
export const locationSchema = z
  .object({
    name: plainLine(100).describe('The name of the building or place, for example "Balby Family Hub" or "Thorne Library".'),
    address_1: plainLine(100).describe('The first line of the address: number and street.'),
    address_2: plainLine(100).optional().describe('A second address line if you need one, for example the estate or village.'),
    city: plainLine(60).describe('The town, for example Doncaster, Thorne or Mexborough.'),
    postal_code: postcode.describe('The full postcode, for example DN4 0TY. We use it to put the venue on the map.'),
    hub: slug
      .optional()
      .describe('If this venue is a Family Hub or Youth Hub, its id from content/vocabularies/hubs.yaml, for example balby-family-hub.'),
    hide_address: z
      .boolean()
      .default(false)
      .describe(
        'Set to true to keep the street address private (for example a refuge). We then show only the town and the area, and place the venue on the map by its postcode district.',
      ),
    accessibility: z
      .array(slug)
      .default([])
      .describe(
        'Accessibility facts that are true for this venue, by id from content/vocabularies/accessibility-features.yaml, for example [step-free, accessible-toilet].',
      ),
    accessibility_notes: plainLine(300).optional().describe('Anything else a disabled visitor should know, in one or two sentences.'),
    transportation: plainLine(300).optional().describe('How to get there: buses, parking, the nearest stop.'),
    description: markdownText(600).optional().describe('How to find you once people arrive, for example "Use the side door on Oswin Avenue".'),
    schedules: z
      .array(scheduleSchema)
      .optional()
      .describe('Opening times at this venue, if they differ from the opening times of the whole service.'),
  })
  .strict();

export type Location = z.infer<typeof locationSchema>;
export type LocationInput = z.input<typeof locationSchema>;
