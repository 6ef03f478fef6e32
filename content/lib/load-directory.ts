import { join, relative, sep } from 'node:path';
import { listingRules, listingSchema, WHOLE_BOROUGH, type Council, type Hub, type Listing, type Location } from '../schema/index.ts';
import { comparableName } from '../schema/hidden-characters.ts';
import { crossCheck, unknownIdMessage, VOCABULARY_FIELDS, type VocabularyField } from './cross-checks.ts';
import { findListingFiles, readListingFile } from './listing-files.ts';
import { printable } from './printable.ts';
import { loadPostcodesIn, type PostcodeLookup } from './postcodes.ts';
import { fieldPath, type Problem } from './problem.ts';
import { validParts, withEmptyLists } from './partial-listing.ts';
import { MAX_FILE_BYTES, readYaml } from './read-yaml.ts';
import { schemaProblems, sentence, type BetterMessage } from './schema-messages.ts';
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
  /** Draft listings (file names starting with _) skipped, relative to the root. */
  drafts: string[];
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
  /** The council's settings, vocabularies and postcodes from an earlier load, to check many small sets of files quickly (property tests). */
  reuse?: Pick<Directory, 'council' | 'vocab' | 'postcodes'>;
}

/** The listing files under a folder (or the file itself): ordinary .yaml files only, drafts left out. */
export function listingFiles(dirOrFile: string): string[] {
  return findListingFiles([dirOrFile]).files;
}

/** Load and check the whole directory: council settings, vocabularies, postcodes and every listing. */
export function loadDirectory(options: LoadOptions): Directory {
  const { contentDir } = options;
  const root = options.root ?? process.cwd();
  const council = options.reuse?.council ?? loadCouncil(contentDir);
  const today = options.today ?? todayIso(process.env, council.review.as_of);
  const vocab = options.reuse?.vocab ?? loadVocabularies(contentDir);
  const postcodes = options.reuse?.postcodes ?? loadPostcodesIn(contentDir);
  const hubs = vocab.hubs.map((h) => {
    const p = postcodes.get(h.postal_code);
    if (!p) throw new Error(`hubs.yaml: the postcode ${h.postal_code} of ${h.name} is not in the postcode lookup`);
    return { ...h, lat: p.lat, lng: p.lng };
  });
  const listingsDir = join(contentDir, 'listings');
  const walked = findListingFiles(options.paths?.length ? options.paths : [listingsDir]);
  const files = walked.files;
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  const problems: Problem[] = walked.refused.map((r) => ({
    file: shown(r.path),
    line: 1,
    field: '',
    severity: 'error' as const,
    message: r.message,
  }));
  const listings: LoadedListing[] = [];
  const seenIds = new Map<string, string>();
  const seenNames = new Map<string, string>();
  const wardToLocality = wardLocalities(vocab);
  // An id that is not even shaped like one ("../x", "Stay And Play") still gets the vocabulary's ids listed.
  const vocabularyIds = (path: (string | number)[]): [VocabularyField, string[]] | undefined => {
    const [top, , inner] = path;
    if (top === 'needs' && path.length === 2) return [VOCABULARY_FIELDS.needs, vocab.needs.map((n) => n.id)];
    if (top === 'service_areas' && path.length === 2) return [VOCABULARY_FIELDS.service_areas, [...vocab.localities.map((l) => l.id), WHOLE_BOROUGH]];
    if (top === 'languages' && path.length === 2) return [VOCABULARY_FIELDS.languages, vocab.languages.map((l) => l.id)];
    if (top === 'locations' && inner === 'hub' && path.length === 3) return [VOCABULARY_FIELDS.hub, vocab.hubs.map((h) => h.id)];
    if (top === 'locations' && inner === 'accessibility' && path.length === 4)
      return [VOCABULARY_FIELDS.accessibility, vocab.accessibilityFeatures.map((f) => f.id)];
    return undefined;
  };
  const vocabularyMessage: BetterMessage = (issue, path) => {
    if (issue.code !== 'invalid_format' || typeof issue.input !== 'string') return undefined;
    const ids = vocabularyIds(path);
    return ids ? unknownIdMessage(ids[0], issue.input, ids[1]) : undefined;
  };

  const checkFile = (path: string) => {
    const file = shown(path);
    const report = (p: Omit<Problem, 'file'>) => problems.push({ file, ...p });
    const id = idFromPath(listingsDir, path);
    // Refuse a huge file before reading it: it is a mistake, and must not slow the check of everything else.
    const read = readListingFile(path, MAX_FILE_BYTES);
    if (!('text' in read)) {
      const message =
        read.size === undefined
          ? read.message
          : `This file is ${Math.round(read.size / 1000).toLocaleString('en-GB')} KB, over the ${MAX_FILE_BYTES / 1000} KB limit for a listing. Shorten the description, or split it into separate listings.`;
      report({ field: '', line: 1, severity: 'error', message });
      return;
    }
    const parsed = readYaml(read.text);
    parsed.problems.forEach(report);
    if (parsed.problems.length > 0) return;
    let hasError = false;
    const err = (field: (string | number)[], message: string, severity: 'error' | 'warning' = 'error') => {
      if (severity === 'error') hasError = true;
      report({ field: fieldPath(field), line: lineFor(parsed, field), message: sentence(message), severity });
    };
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id)) {
      const name = path.split(sep).pop() ?? id;
      const better = name
        .toLowerCase()
        .replace(/\.yml$/, '.yaml')
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-(?=\.)/g, '');
      err([], `The file name "${name}" (and its folder) must use lower-case letters, numbers and hyphens only. Rename it, for example to ${better}`);
    }
    if (!relative(listingsDir, path).startsWith('..') && !id.includes('/')) {
      err([], `Listings go in their organisation's folder: move this file to content/listings/<your-organisation>/${id}.yaml`);
    }
    const clash = seenIds.get(id.toLowerCase());
    if (clash) err([], `Two listings have the same id "${id}": this file and ${clash}. Rename one of them.`);
    seenIds.set(id.toLowerCase(), file);

    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      report({
        field: '',
        line: 1,
        severity: 'error',
        message: 'This file is empty or is not a listing. Start from content/templates/listing.yaml.',
      });
      return;
    }
    // reportInput: messages quote what the provider wrote ("it is the text 'five'").
    const result = listingSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      const found = schemaProblems(result.error.issues, listingSchema, vocabularyMessage);
      for (const p of found) err(p.path, p.message);
      // Check what is valid, too, so the provider sees every problem now rather than after the next fix.
      const raw = parsed.data as Record<string, unknown>;
      const parts = validParts(raw);
      const badFields = new Set(found.map((p) => p.path[0]));
      const present = (k: string) => (Object.hasOwn(raw, k) && raw[k] !== undefined ? 'present' : undefined);
      const rules = listingRules({
        ...parts,
        url: parts.url ?? present('url'),
        email: parts.email ?? present('email'),
        contacts: parts.contacts ?? (present('contacts') ? [undefined as never] : []),
      });
      for (const r of rules) if (!badFields.has(r.path[0])) err(r.path, r.message);
      for (const f of crossCheck(withEmptyLists(parts), { vocab, postcodes, council, today })) {
        if (!badFields.has(f.path[0]) || f.path.length > 1) err(f.path, f.message, f.severity);
      }
      return;
    }
    const listing = result.data;
    for (const f of crossCheck(listing, { vocab, postcodes, council, today })) err(f.path, f.message, f.severity);

    // Compared as a person reads them: a copy with different case, spacing, full-width letters or hidden characters is still a copy.
    const nameKey = `${comparableName(listing.organization)}|${comparableName(listing.name)}`;
    const twin = seenNames.get(nameKey);
    if (twin)
      err(
        ['name'],
        `${twin} already has a listing called "${listing.name}" from ${listing.organization}. Is this a copy? Merge them or give each a distinct name.`,
      );
    seenNames.set(nameKey, file);
    if (hasError) return;

    listings.push(resolveListing(id, file, listing, { council, vocab, postcodes, today }, wardToLocality));
  };

  for (const path of files) {
    try {
      checkFile(path);
    } catch (error) {
      // A bug in a check must cost one file its report, never every other file theirs.
      const cause = error instanceof Error ? error.message : String(error);
      problems.push({
        file: shown(path),
        line: 1,
        field: '',
        severity: 'error',
        message: `The check stopped on this file with an unexpected error (${printable(cause.split('\n')[0] ?? '')}). The other files were checked. Please tell the FIS team, and include this file.`,
      });
    }
  }
  const checked = files.map(shown);
  return {
    council,
    vocab,
    hubs,
    postcodes,
    listings,
    problems,
    filesChecked: files.length + walked.refused.length,
    files: checked,
    drafts: walked.drafts.map(shown),
    today,
  };
}

// When a rule asks for a field that is not in the file, point at the field that made it necessary.
const BECAUSE_OF: ReadonlyMap<string, string> = new Map([
  ['locations', 'delivery'],
  ['cost_options', 'cost'],
  ['contacts', 'name'],
]);

function lineFor(parsed: ReturnType<typeof readYaml>, field: (string | number)[]): number | undefined {
  const data = parsed.data as Record<string, unknown> | undefined;
  const top = field[0];
  const because = typeof top === 'string' ? BECAUSE_OF.get(top) : undefined;
  if (field.length === 1 && because && data && !(Object.hasOwn(data, top!) && data[top as string] !== undefined)) {
    return parsed.lineOf([because]);
  }
  return parsed.lineOf(field);
}

export function idFromPath(listingsDir: string, path: string): string {
  const rel = relative(listingsDir, path).split(sep).join('/');
  return (rel.startsWith('..') ? path.split(sep).join('/').split('/').slice(-2).join('/') : rel).replace(/\.ya?ml$/i, '');
}
