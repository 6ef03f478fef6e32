import { resolve } from 'node:path';
import { formatReport } from '../../content/lib/format-problems.ts';
import { loadDirectory, type Directory, type LoadedListing } from '../../content/lib/load-directory.ts';

/**
 * The directory as the site sees it: loaded once per build with the validator's own loader, so a listing the
 * validator rejects can never reach a page. Build-time only (it reads files): never import it in an island.
 */
let cached: Directory | undefined;

export function getDirectory(): Directory {
  cached ??= loadCheckedDirectory(process.cwd());
  return cached;
}

/** Load content/ under `root`; throw the validator's own report when any listing has an error. */
export function loadCheckedDirectory(root: string, contentDir = resolve(root, 'content')): Directory {
  const dir = loadDirectory({ contentDir, root });
  const errors = dir.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    // Same words as `npm run validate`, so a provider sees one message wherever the check runs.
    throw new Error(`The listings have problems, so the site was not built.\n\n${formatReport(dir.problems, dir.filesChecked)}`);
  }
  return dir;
}

/** Listings the public can see: lapsed ones (not checked for too long) are left out, as they are in search. */
export function publicListings(dir: Directory = getDirectory()): LoadedListing[] {
  return dir.listings.filter((l) => l.review.state !== 'lapsed');
}
