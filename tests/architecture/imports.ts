/**
 * Which folder may import which: the dependency rule of docs/architecture.md, as data, and a scanner that
 * finds every relative import in a source file (static, dynamic and side-effect imports, and `export … from`).
 */
import { posix } from 'node:path';

export interface Rule {
  /** Files under this folder (repository-relative, with a trailing slash)… */
  from: string;
  /** …must not import anything under these folders… */
  forbidden: string[];
  /** …except under these (checked before `forbidden`). */
  allowed?: string[];
  why: string;
}

export const RULES: Rule[] = [
  {
    from: 'content/',
    forbidden: ['site/', 'indexer/', 'scripts/', 'tests/'],
    why: 'content/ (schema, validator, ORUK mapping) is the base everything else builds on',
  },
  {
    from: 'site/lib/search/',
    forbidden: ['site/', 'indexer/', 'scripts/', 'tests/'],
    allowed: ['site/lib/search/'],
    why: 'the search core depends only on content/, so the site, the indexer and the scripts can all use it',
  },
  { from: 'site/', forbidden: ['indexer/', 'scripts/', 'tests/'], why: 'the site reads the search core, never the Meilisearch writer' },
  {
    from: 'indexer/',
    forbidden: ['site/', 'scripts/', 'tests/'],
    allowed: ['site/lib/search/'],
    why: "the indexer (the Meilisearch writer) uses the search core, never the site's pages or components",
  },
];

const IMPORT = /(?:^|[\s;])(?:import|export)\s*(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of `source`, resolved to a repository-relative path. */
export function relativeImports(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) out.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return out;
}

export interface Violation {
  file: string;
  target: string;
  why: string;
}

/** The imports of one file that break the rules. `file` is repository-relative, with forward slashes. */
export function violations(file: string, source: string, rules: readonly Rule[] = RULES): Violation[] {
  // The most specific rule wins: site/lib/search/ files follow the search core's rule, not the site's.
  const rule = rules.filter((r) => file.startsWith(r.from)).sort((a, b) => b.from.length - a.from.length)[0];
  if (!rule) return [];
  return relativeImports(file, source)
    .filter((target) => !(rule.allowed ?? []).some((a) => target.startsWith(a)))
    .filter((target) => rule.forbidden.some((f) => target.startsWith(f)))
    .map((target) => ({ file, target, why: rule.why }));
}

const RUNTIME_IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\b)(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import that survives to run time (not `import type`), as written. */
export function runtimeSpecifiers(source: string): string[] {
  return [...source.matchAll(RUNTIME_IMPORT)].map((m) => (m[1] ?? m[2])!).filter(Boolean);
}

/**
 * Code that runs in the browser must not reach Node: follow runtime imports from each browser entry and
 * report any `node:` module on the way, with the chain that leads to it. `read` gives a file's source, or
 * undefined when there is no such file.
 */
export function nodeInBrowser(entry: string, read: (file: string) => string | undefined): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = read(file);
    if (source === undefined) return;
    for (const spec of runtimeSpecifiers(source)) {
      if (spec.startsWith('node:')) found.push([...chain, file, spec].join(' -> '));
      else if (spec.startsWith('.')) walk(posix.normalize(posix.join(posix.dirname(file), spec)), [...chain, file]);
    }
  };
  walk(entry, []);
  return found;
}
