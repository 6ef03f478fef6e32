/**
 * loadDirectory's checks without the file system, for benchmarking 50,000 listings without writing 50,000
 * files: the zod schema, the cross-checks, venue resolution and review state, exactly as
 * content/lib/load-directory.ts does them per listing. The file-based path (reading YAML with line numbers)
 * is benchmarked separately, on 10,000 files and on the example directory.
 */
import type { Directory, LoadedListing, ResolvedVenue } from '../../content/lib/load-directory.ts';
import { crossCheck } from '../../content/lib/cross-checks.ts';
import { reviewOf } from '../../content/lib/review.ts';
import { listingSchema, WHOLE_BOROUGH, type ListingInput } from '../../content/schema/index.ts';

export function validateInMemory(
  inputs: readonly ListingInput[],
  dir: Pick<Directory, 'council' | 'vocab' | 'postcodes'>,
  today: string,
): { listings: LoadedListing[]; errors: number } {
  const { council, vocab, postcodes } = dir;
  const wardToLocality = new Map(vocab.localities.flatMap((l) => l.wards.map((w) => [w.code, l.id] as const)));
  const seenNames = new Set<string>();
  const listings: LoadedListing[] = [];
  let errors = 0;
  inputs.forEach((input, i) => {
    const result = listingSchema.safeParse(input);
    if (!result.success) {
      errors += result.error.issues.length;
      return;
    }
    const listing = result.data;
    const findings = crossCheck(listing, { vocab, postcodes, council, today }).filter((f) => f.severity === 'error');
    const nameKey = `${listing.organization.toLowerCase()}|${listing.name.toLowerCase()}`;
    if (seenNames.has(nameKey)) findings.push({ path: ['name'], message: 'duplicate', severity: 'error' });
    seenNames.add(nameKey);
    if (findings.length > 0) {
      errors += findings.length;
      return;
    }
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
    listings.push({
      id: `generated-organisation-${Math.floor(i / 100)}/service-${i}`,
      file: `generated/${i}.yaml`,
      listing: {
        ...listing,
        minimum_age: listing.minimum_age ?? council.age_policy.minimum_age,
        maximum_age: listing.maximum_age ?? council.age_policy.maximum_age,
      },
      venues,
      localitiesServed: listing.service_areas.includes(WHOLE_BOROUGH) ? vocab.localities.map((l) => l.id) : [...listing.service_areas],
      review: reviewOf(listing.assured_date, listing.review_interval_months ?? council.review.default_interval_months, council.review.grace_period_days, today),
    });
  });
  return { listings, errors };
}
