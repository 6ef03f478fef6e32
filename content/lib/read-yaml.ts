import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problem.ts';

/** Files bigger than this are refused before parsing: a 1 MB listing is a mistake, and must not hang the build. */
export const MAX_FILE_BYTES = 100_000;

export interface ParsedYaml {
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest parent that exists in the file. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: Omit<Problem, 'file'>[];
}

/**
 * Parse YAML the way editors write it: with or without a UTF-8 byte order mark, with Windows line endings,
 * any Unicode text. Syntax errors come back as problems with line numbers, never as exceptions.
 */
export function readYaml(text: string): ParsedYaml {
  const problems: Omit<Problem, 'file'>[] = [];
  const byteLength = Buffer.byteLength(text, 'utf8');
  if (byteLength > MAX_FILE_BYTES) {
    problems.push({
      field: '',
      line: 1,
      severity: 'error',
      message: `This file is ${Math.round(byteLength / 1000)} KB, over the ${MAX_FILE_BYTES / 1000} KB limit for a listing. Shorten the description, or split it into separate listings.`,
    });
    return { data: undefined, lineOf: () => 1, problems };
  }
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line;
    problems.push({ field: '', line, severity: 'error', message: yamlMessage(error.code, error.message) });
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let best: number | undefined = lineAt(node, lineCounter);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        best = lineAt(pair.key, lineCounter) ?? best;
        node = pair.value;
        best = lineAt(node, lineCounter) ?? best;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node === undefined) break;
        best = lineAt(node, lineCounter) ?? best;
      } else break;
    }
    return best;
  };
  if (problems.length > 0) return { data: undefined, lineOf, problems };
  return { data: doc.toJS({ maxAliasCount: 50 }), lineOf, problems };
}

function lineAt(node: unknown, lc: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

function yamlMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? raw;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'A field is written twice. Keep one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `The file is not valid YAML here (${first}). Check the indentation: use spaces, not tabs, and line up fields under each other.`;
    case 'TAB_AS_INDENT':
      return 'Tabs are used for indentation. Use spaces instead.';
    default:
      return `The file is not valid YAML here (${first}). Check quotes, colons and indentation.`;
  }
}
