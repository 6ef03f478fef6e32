/**
 * loadDirectory's checks without the file system, for benchmarking 50,000 listings without writing 50,000
 * files: the zod schema, the cross-checks, venue resolution and review state, exactly as
 * content/lib/load-directory.ts does them per listing. The file-based path (reading YAML with line numbers)
 * is benchmarked separately, on 10,000 files and on the example directory.
 */
import type { Directory, LoadedListing } from '../../content/lib/load-directory.ts';
import { crossCheck } from '../../content/lib/cross-checks.ts';
import { resolveListing, wardLocalities } from '../../content/lib/resolve-listing.ts';
import { listingSchema, type ListingInput } from '../../content/schema/index.ts';

export function validateInMemory(
  inputs: readonly ListingInput[],
  dir: Pick<Directory, 'council' | 'vocab' | 'postcodes'>,
  today: string,
): { listings: LoadedListing[]; errors: number } {
  const { council, vocab, postcodes } = dir;
  const wardToLocality = wardLocalities(vocab);
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
    listings.push(
      resolveListing(
        `generated-organisation-${Math.floor(i / 100)}/service-${i}`,
        `generated/${i}.yaml`,
        listing,
        { council, vocab, postcodes, today },
        wardToLocality,
      ),
    );
  });
  return { listings, errors };
}
