import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * Finding and reading listing files without trusting the file system. A pull request can add a symbolic link
 * (to a file outside the repository, to a system file, to itself), a named pipe or a device: none of them is
 * a listing, and following one would publish or hang on something that is not in content/. So entries are
 * looked at with lstat (the link itself, never its target), and a file is opened with O_NOFOLLOW and
 * O_NONBLOCK and checked again on the open descriptor before a byte is read.
 */

export interface FoundFiles {
  /** Listing files to check, in a stable order. */
  files: string[];
  /** Entries that are not ordinary files or folders, with why they were not read. */
  refused: { path: string; message: string }[];
  /** Draft listings (file names starting with _), skipped on purpose. */
  drafts: string[];
}

const isListingName = (name: string) => /\.ya?ml$/i.test(name);

export function findListingFiles(roots: readonly string[]): FoundFiles {
  const found: FoundFiles = { files: [], refused: [], drafts: [] };
  for (const root of roots) walk(root, found);
  return found;
}

function walk(path: string, found: FoundFiles): void {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (error) {
    found.refused.push({ path, message: `This could not be looked at (${codeOf(error)}). Check the file is there and can be read.` });
    return;
  }
  if (st.isFile()) {
    if (isListingName(path)) found.files.push(path);
    return;
  }
  if (!st.isDirectory()) {
    found.refused.push({ path, message: notAFile(st) });
    return;
  }
  let entries: string[];
  try {
    entries = readdirSync(path).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    found.refused.push({ path, message: `This folder could not be opened (${codeOf(error)}), so the listings in it were not checked.` });
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const child = join(path, name);
    if (name.startsWith('_')) {
      // A draft is skipped on purpose, but a link or device named like one is still refused.
      const kind = safeLstat(child);
      if (kind?.isFile() && isListingName(name)) found.drafts.push(child);
      else if (kind && !kind.isFile() && !kind.isDirectory()) found.refused.push({ path: child, message: notAFile(kind) });
      continue;
    }
    const kind = safeLstat(child);
    // Other kinds of file (a README, an image) are not listings; links and devices are reported whatever their name.
    if (kind?.isFile() && !isListingName(name)) continue;
    walk(child, found);
  }
}

function safeLstat(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function notAFile(st: Stats): string {
  if (st.isSymbolicLink()) {
    return 'This is a symbolic link, not a file or folder, so it was not read. Listings must be ordinary files inside content/listings: put the listing itself here instead of a link to it.';
  }
  const kind = st.isFIFO()
    ? 'a named pipe'
    : st.isSocket()
      ? 'a socket'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : 'not an ordinary file';
  return `This is ${kind}, not a listing file, so it was not read. Listings must be ordinary YAML files: remove it.`;
}

export type ReadResult = { text: string } | { message: string; size?: number };

/**
 * Read a listing file that is an ordinary file of at most `maxBytes`, refusing anything else without reading
 * it. The checks are made on the opened descriptor, so a file swapped for a link in between is caught too.
 */
export function readListingFile(path: string, maxBytes: number, followLinks = false): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (followLinks ? 0 : constants.O_NOFOLLOW) | constants.O_NONBLOCK);
  } catch (error) {
    if (codeOf(error) === 'ELOOP') return { message: notAFile(lstatSync(path)) };
    return { message: `This file could not be opened (${codeOf(error)}). Check it is there and can be read.` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { message: notAFile(st) };
    if (st.size > maxBytes) return { message: 'too big', size: st.size };
    const buffer = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buffer, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8') };
  } catch (error) {
    return { message: `This file could not be read (${codeOf(error)}).` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Read one of the council's own data files (council.yaml, vocabularies, postcodes): an ordinary file, or an
 * error. These may be links (a test or a deployment can share one council's files), since the FIS team owns
 * them (.github/CODEOWNERS); what a link points at must still be an ordinary file, so a pipe cannot hang the build.
 */
export function readRegularFile(path: string, maxBytes = 50_000_000): string {
  const r = readListingFile(path, maxBytes, true);
  if ('text' in r) return r.text;
  throw new Error(`${path}: ${r.size !== undefined ? `the file is over ${maxBytes} bytes` : r.message}`);
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown error';
}
