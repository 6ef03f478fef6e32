import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listingRules, listingSchema, type Council, type Hub, type Listing, type Location } from '../schema/index.ts';
import { crossCheck } from './cross-checks.ts';
import { loadPostcodesIn, type PostcodeLookup } from './postcodes.ts';
import { fieldPath, type Problem } from './problem.ts';
import { validParts, withEmptyLists } from './partial-listing.ts';
import { MAX_FILE_BYTES, readYaml } from './read-yaml.ts';
import { schemaProblems, sentence } from './schema-messages.ts';
import { todayIso, type Review } from './review.ts';
import { resolveListing, wardLocalities } from './resolve-listing.ts';
import { loadCouncil, loadVocabularies, type Vocabularies } from './vocabularies.ts';

export interface ResolvedVenue extends Location {
  lat: number;
  lng: number;
  wardCode: string;
  locality: string | undefined;
  /** True when the address is hidden and the point is only the postcode district's centre. */
  approximate: boolean;
}

export interface LoadedListing {
  /** The path below content/listings without extension, e.g. `doncaster-family-hubs/stay-and-play-balby`. */
  id: string;
  file: string;
  listing: Listing & { minimum_age: number; maximum_age: number };
  venues: ResolvedVenue[];
  /** Locality ids the service is for: its service areas, or every locality when it covers the whole borough. */
  localitiesServed: string[];
  review: Review;
}

export interface ResolvedHub extends Hub {
  lat: number;
  lng: number;
}

export interface Directory {
  council: Council;
  vocab: Vocabularies;
  hubs: ResolvedHub[];
  postcodes: PostcodeLookup;
  listings: LoadedListing[];
  /** Every problem found, in file order. Listings with errors are left out of `listings`. */
  problems: Problem[];
  filesChecked: number;
  /** Every listing file checked, relative to the root, in the order checked. */
  files: string[];
  /** The day review dates were judged against (YYYY-MM-DD). */
  today: string;
}

export interface LoadOptions {
  /** The folder holding council.yaml, vocabularies/, data/ and listings/. */
  contentDir: string;
  /** Listing files or folders to check; all of content/listings when empty. */
  paths?: string[];
  /** YYYY-MM-DD; defaults to FIS_TODAY, then the council's `review.as_of`, then today in the UK. */
  today?: string;
  /** Repository root, for file paths in messages. */
  root?: string;
}

export function listingFiles(dirOrFile: string): string[] {
  const st = statSync(dirOrFile);
  if (st.isFile()) return /\.ya?ml$/i.test(dirOrFile) ? [dirOrFile] : [];
  return readdirSync(dirOrFile, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.name.startsWith('.') || e.name.startsWith('_') ? [] : listingFiles(join(dirOrFile, e.name))));
}

/** Load and check the whole directory: council settings, vocabularies, postcodes and every listing. */
export function loadDirectory(options: LoadOptions): Directory {
  const { contentDir } = options;
  const root = options.root ?? process.cwd();
  const council = loadCouncil(contentDir);
  const today = options.today ?? todayIso(process.env, council.review.as_of);
  const vocab = loadVocabularies(contentDir);
  const postcodes = loadPostcodesIn(contentDir);
  const hubs = vocab.hubs.map((h) => {
    const p = postcodes.get(h.postal_code);
    if (!p) throw new Error(`hubs.yaml: the postcode ${h.postal_code} of ${h.name} is not in the postcode lookup`);
    return { ...h, lat: p.lat, lng: p.lng };
  });
  const listingsDir = join(contentDir, 'listings');
  const files = (options.paths?.length ? options.paths : [listingsDir]).flatMap(listingFiles);
  const problems: Problem[] = [];
  const listings: LoadedListing[] = [];
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  const wardToLocality = wardLocalities(vocab);

  for (const path of files) {
    const file = relative(root, path).split(sep).join('/');
    const report = (p: Omit<Problem, 'file'>) => problems.push({ file, ...p });
    const id = idFromPath(listingsDir, path);
    // Refuse a huge file before reading it: it is a mistake, and must not slow the check of everything else.
    const bytes = statSync(path).size;
    if (bytes > MAX_FILE_BYTES) {
      report({
        field: '',
        line: 1,
        severity: 'error',
        message: `This file is ${Math.round(bytes / 1000).toLocaleString('en-GB')} KB, over the ${MAX_FILE_BYTES / 1000} KB limit for a listing. Shorten the description, or split it into separate listings.`,
      });
      continue;
    }
    const parsed = readYaml(readFileSync(path, 'utf8'));
    parsed.problems.forEach(report);
    if (parsed.problems.length > 0) continue;
    let hasError = false;
    const err = (field: (string | number)[], message: string, severity: 'error' | 'warning' = 'error') => {
      if (severity === 'error') hasError = true;
      report({ field: fieldPath(field), line: lineFor(parsed, field), message: sentence(message), severity });
    };
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id)) {
      const name = path.split(sep).pop() ?? id;
      const better = name.toLowerCase().replace(/\.yml$/, '.yaml').replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-(?=\.)/g, '');
      err([], `The file name "${name}" (and its folder) must use lower-case letters, numbers and hyphens only. Rename it, for example to ${better}`);
    }
    if (!relative(listingsDir, path).startsWith('..') && !id.includes('/')) {
      err([], `Listings go in their organisation's folder: move this file to content/listings/<your-organisation>/${id}.yaml`);
    }
    const clash = seenIds.get(id.toLowerCase());
    if (clash) err([], `Two listings have the same id "${id}": this file and ${clash}. Rename one of them.`);
    seenIds.set(id.toLowerCase(), file);

    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      report({ field: '', line: 1, severity: 'error', message: 'This file is empty or is not a listing. Start from content/templates/listing.yaml.' });
      continue;
    }
    // reportInput: messages quote what the provider wrote ("it is the text 'five'").
    const result = listingSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      const found = schemaProblems(result.error.issues);
      for (const p of found) err(p.path, p.message);
      // Check what is valid, too, so the provider sees every problem now rather than after the next fix.
      const raw = parsed.data as Record<string, unknown>;
      const parts = validParts(raw);
      const badFields = new Set(found.map((p) => p.path[0]));
      const present = (k: string) => (raw[k] !== undefined ? 'present' : undefined);
      const rules = listingRules({ ...parts, url: parts.url ?? present('url'), email: parts.email ?? present('email'), contacts: parts.contacts ?? (raw.contacts === undefined ? [] : [undefined as never]) });
      for (const r of rules) if (!badFields.has(r.path[0])) err(r.path, r.message);
      for (const f of crossCheck(withEmptyLists(parts), { vocab, postcodes, council, today })) {
        if (!badFields.has(f.path[0]) || f.path.length > 1) err(f.path, f.message, f.severity);
      }
      continue;
    }
    const listing = result.data;
    for (const f of crossCheck(listing, { vocab, postcodes, council, today })) err(f.path, f.message, f.severity);

    const nameKey = `${listing.organization.toLowerCase()}|${listing.name.toLowerCase()}`;
    const twin = seenNames.get(nameKey);
    if (twin) err(['name'], `${twin} already has a listing called "${listing.name}" from ${listing.organization}. Is this a copy? Merge them or give each a distinct name.`);
    seenNames.set(nameKey, file);
    if (hasError) continue;

    listings.push(resolveListing(id, file, listing, { council, vocab, postcodes, today }, wardToLocality));
  }
  const checked = files.map((f) => relative(root, f).split(sep).join('/'));
  return { council, vocab, hubs, postcodes, listings, problems, filesChecked: files.length, files: checked, today };
}

// When a rule asks for a field that is not in the file, point at the field that made it necessary.
const BECAUSE_OF: Record<string, string> = { locations: 'delivery', cost_options: 'cost', contacts: 'name' };

function lineFor(parsed: ReturnType<typeof readYaml>, field: (string | number)[]): number | undefined {
  const data = parsed.data as Record<string, unknown> | undefined;
  const top = field[0];
  if (field.length === 1 && typeof top === 'string' && data && data[top] === undefined && BECAUSE_OF[top]) {
    return parsed.lineOf([BECAUSE_OF[top]!]);
  }
  return parsed.lineOf(field);
}

export function idFromPath(listingsDir: string, path: string): string {
  const rel = relative(listingsDir, path).split(sep).join('/');
  return (rel.startsWith('..') ? path.split(sep).join('/').split('/').slice(-2).join('/') : rel).replace(/\.ya?ml$/i, '');
}
