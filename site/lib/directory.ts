import { resolve } from 'node:path';
import { loadCheckedDirectory as loadChecked } from '../../content/lib/checked-directory.ts';
import type { Directory, LoadedListing } from '../../content/lib/load-directory.ts';

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
  return loadChecked({ contentDir, root }, (report) => new Error(`The listings have problems, so the site was not built.\n\n${report}`));
}

/** Listings the public can see: lapsed ones (not checked for too long) are left out, as they are in search. */
export function publicListings(dir: Directory = getDirectory()): LoadedListing[] {
  return dir.listings.filter((l) => l.review.state !== 'lapsed');
}
