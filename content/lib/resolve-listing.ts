import { WHOLE_BOROUGH, type Listing } from '../schema/index.ts';
import type { LoadedListing, ResolvedVenue } from './load-directory.ts';
import { reviewOf } from './review.ts';
import type { Vocabularies } from './vocabularies.ts';
import type { DirectoryContext } from './directory-context.ts';

export type ResolveContext = DirectoryContext;

/** Ward code → locality id, from the localities vocabulary. */
export function wardLocalities(vocab: Vocabularies): Map<string, string> {
  return new Map(vocab.localities.flatMap((l) => l.wards.map((w) => [w.code, l.id] as const)));
}

/**
 * A listing that has passed every check, made ready for search and pages: venues placed by their postcode
 * (a hidden address only at its postcode district's centre), the council's default ages filled in, the
 * localities it serves spelt out, and its review state. Every postcode must already be known to the lookup.
 */
export function resolveListing(
  id: string,
  file: string,
  listing: Listing,
  ctx: ResolveContext,
  wardToLocality: Map<string, string> = wardLocalities(ctx.vocab),
): LoadedListing {
  const { council, vocab, postcodes, today } = ctx;
  const venues = listing.locations.map((loc): ResolvedVenue => {
    const point = postcodes.get(loc.postal_code)!;
    const district = loc.hide_address ? postcodes.outcode(point.postcode.split(' ')[0]!) : undefined;
    return {
      ...loc,
      postal_code: point.postcode,
      lat: district?.lat ?? point.lat,
      lng: district?.lng ?? point.lng,
      wardCode: point.wardCode,
      locality: wardToLocality.get(point.wardCode),
      approximate: district !== undefined,
    };
  });
  return {
    id,
    file,
    listing: {
      ...listing,
      minimum_age: listing.minimum_age ?? council.age_policy.minimum_age,
      maximum_age: listing.maximum_age ?? council.age_policy.maximum_age,
    },
    venues,
    localitiesServed: listing.service_areas.includes(WHOLE_BOROUGH) ? vocab.localities.map((l) => l.id) : [...listing.service_areas],
    review: reviewOf(
      listing.assured_date,
      listing.review_interval_months ?? council.review.default_interval_months,
      council.review.grace_period_days,
      today,
    ),
  };
}
