import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { encodingProblem, MAX_DEPTH, nestingDepth, type Opening, unclosedOpenings } from './yaml-source.ts';

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
 * any Unicode text. Syntax errors come back as problems with line numbers, never as exceptions. `tooBigAdvice`
 * finishes the message for a file over the size limit: what to do differs for a listing and a data file.
 */
export function readYaml(
  text: string,
  tooBigAdvice = 'limit for a listing. Shorten the description, or split it into separate listings.',
): ParsedYaml {
  const problems: Omit<Problem, 'file'>[] = [];
  const byteLength = Buffer.byteLength(text, 'utf8');
  if (byteLength > MAX_FILE_BYTES) {
    problems.push({
      field: '',
      line: 1,
      severity: 'error',
      message: `This file is ${Math.round(byteLength / 1000)} KB, over the ${MAX_FILE_BYTES / 1000} KB ${tooBigAdvice}`,
    });
    return { data: undefined, lineOf: () => 1, problems };
  }
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const encoding = encodingProblem(source);
  if (encoding) return { data: undefined, lineOf: () => encoding.line, problems: [encoding] };
  const depth = nestingDepth(source);
  if (depth.flow.max > MAX_DEPTH) {
    return failed(
      `This file has ${depth.flow.max} brackets ([ or {) inside each other, starting on line ${depth.flow.line}. A listing never needs more than a few: check the brackets.`,
      depth.flow.line,
    );
  }
  if (depth.block.max > MAX_DEPTH) {
    return failed(
      `Line ${depth.block.line} is nested ${depth.block.max} levels deep (fields inside fields, or "- " inside "- "). A listing never needs more than a few levels: check the indentation.`,
      depth.block.line,
    );
  }
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    // uniqueKeys is checked below instead: the parser's own check compares every key with every other,
    // which takes seconds on a file of many short lines.
    doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: false });
  } catch (error) {
    // Only a hostile or badly broken file gets here (for example thousands of nested brackets).
    return failed(`The file could not be read as YAML (${plainCause(error)}). Start again from content/templates/listing.yaml.`);
  }
  // An unclosed quote or bracket swallows the rest of the file, so the parser notices at the end. Point
  // at where it was opened instead: that is the line the provider has to fix.
  let opened: Opening[] = [];
  try {
    if (doc.errors.length > 0) opened = unclosedOpenings(source);
  } catch {
    // Finding where a quote opened is a nicety: without it the parser's own line is used.
  }
  // One syntax mistake (a tab, a bad indent) makes the parser complain about every line after it. The first
  // complaint is the one to fix, so report one per line and stop after an indentation mistake.
  const seenLines = new Set<number | undefined>();
  let firstCode: string | undefined;
  for (const error of doc.errors) {
    if (firstCode !== undefined && INDENT_CODES.has(firstCode)) break;
    firstCode ??= error.code;
    const reopen = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' ? opened.shift() : undefined;
    const line = reopen !== undefined ? lineCounter.linePos(reopen.offset).line : error.linePos?.[0]?.line;
    const key = error.code === 'DUPLICATE_KEY' ? /^[^:\n]+/.exec(source.slice(error.pos[0]))?.[0]?.trim() : undefined;
    const message = reopen?.message ?? (key ? `The field "${key}" is written twice. Keep one of them.` : yamlMessage(error.code, error.message));
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    problems.push({ field: '', line, severity: 'error', message });
  }
  if (problems.length === 0 && doc.directives?.yaml.explicit) {
    // %YAML 1.1 would turn yes/no into true/false and dates into timestamps: listings are plain YAML 1.2.
    problems.push({
      field: '',
      line: 1,
      severity: 'error',
      message: 'Remove the "%YAML" line at the top of the file: listings are plain YAML, without directives.',
    });
  }
  // A tag (!!binary, !!set, !custom) changes what a value is, or is silently ignored: listings need neither.
  const checkTag = (node: unknown) => {
    const tag = (node as { tag?: unknown }).tag;
    if (typeof tag === 'string' && tagWritten(source, node as Node)) {
      problems.push({
        field: '',
        line: lineAt(node, lineCounter),
        severity: 'error',
        message: `Remove the tag "${tag.replace(/^tag:yaml\.org,2002:/, '!!')}": listings are plain YAML, and a value is written as it is.`,
      });
    }
  };
  if (problems.length === 0) {
    visit(doc, {
      Node(_, node) {
        checkTag(node);
      },
      Map(_, map) {
        checkTag(map);
        const seen = new Set<string>();
        for (const pair of map.items) {
          if (!isScalar(pair.key)) continue;
          if (isMergeKey(pair.key.value)) {
            problems.push({
              field: '',
              line: lineAt(pair.key, lineCounter),
              severity: 'error',
              message: 'Merge keys ("<<") are not allowed in listings: write each field out in full, so the file says everything it means.',
            });
            continue;
          }
          const key = String(pair.key.value);
          if (seen.has(key))
            problems.push({
              field: '',
              line: lineAt(pair.key, lineCounter),
              severity: 'error',
              message: `The field "${key}" is written twice. Keep one of them.`,
            });
          seen.add(key);
        }
      },
    });
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
  try {
    return { data: withoutPrototypes(doc.toJS({ maxAliasCount: 50 })), lineOf, problems };
  } catch (error) {
    const alias = /unresolved alias[^:]*:\s*(\S+)/i.exec(error instanceof Error ? error.message : '')?.[1];
    const at = alias === undefined ? -1 : source.indexOf(`*${alias}`);
    return failed(
      `The file could not be read as YAML (${plainCause(error)}). Write each value out in full.`,
      at < 0 ? 1 : source.slice(0, at).split('\n').length,
    );
  }
}

function failed(message: string, line = 1): ParsedYaml {
  return { data: undefined, lineOf: () => line, problems: [{ field: '', line, severity: 'error', message }] };
}

/** True when the source has an explicit tag just before the node (the parser also tags some nodes itself). */
function tagWritten(source: string, node: Node): boolean {
  const start = node.range?.[0];
  if (start === undefined) return false;
  return (
    /![^\s]*\s*$/.test(
      source
        .slice(Math.max(0, start - 200), start)
        .split('\n')
        .pop() ?? '',
    ) || source[start] === '!'
  );
}

/** YAML 1.2 reads "<<" as an ordinary key; YAML 1.1 (and the parser's merge option) as a merge. */
function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/**
 * The parsed data with every mapping as an object without a prototype. A listing may have a field called
 * "constructor", "__proto__" or "toString" (a mistake, or an attack): as an own key of a prototype-less
 * object it is only an unknown field, and no code that looks a key up can reach Object.prototype.
 */
export function withoutPrototypes(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(withoutPrototypes(item, seen));
    return out;
  }
  const out = Object.create(null) as Record<string, unknown>;
  seen.set(value, out);
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: withoutPrototypes((value as Record<string, unknown>)[key], seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function plainCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) return 'it is nested too deeply';
  const unresolved = /unresolved alias[^:]*:\s*(\S+)/i.exec(message);
  if (unresolved) return `the alias *${unresolved[1]} has no &${unresolved[1]} before it`;
  if (/alias/i.test(message)) return 'it repeats aliases (*name) too many times';
  return message.split('\n')[0] ?? 'unknown problem';
}

const INDENT_CODES = new Set(['TAB_AS_INDENT', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

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
    case 'KEY_OVER_1024_CHARS':
      return 'The field name on this line is too long (over 1,024 characters). Field names are short words, like name or summary: check for a missing line break.';
    case 'TAB_AS_INDENT':
      return 'Tabs are used for indentation. Use spaces instead.';
    default:
      return `The file is not valid YAML here (${first}). Check quotes, colons and indentation.`;
  }
}
