/** One thing wrong with one file, located precisely enough for a provider to fix it. */
export interface Problem {
  /** Path of the file, relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Where in the listing, e.g. `locations[0].postal_code`; empty for the whole file. */
  field: string;
  /** Plain English: what is wrong and how to fix it. */
  message: string;
  severity: 'error' | 'warning';
}

/** `['locations', 0, 'postal_code']` → `locations[0].postal_code` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
