/**
 * What the raw text of a YAML file shows before the parser reads it (read-yaml.ts): nesting deep enough to exhaust
 * the parser's stack, text that is not UTF-8, and quotes or brackets opened and never closed, each at its line, so
 * a provider is told where and how to mend the file rather than shown the parser's own words.
 */
import { CST, Parser } from 'yaml';
import type { Problem } from './problem.ts';

/**
 * Deeply nested [ and {, or block levels ("- - - - …" on one line), make the YAML parser recurse until it runs
 * out of stack, slowly: refuse them first, at the line where the nesting gets too deep.
 */
export const MAX_DEPTH = 32;

export interface Depth {
  max: number;
  line: number;
}

export function nestingDepth(source: string): { flow: Depth; block: Depth } {
  const flow: Depth = { max: 0, line: 1 };
  const block: Depth = { max: 0, line: 1 };
  let depth = 0;
  const openIndents: number[] = [];
  // Brackets in the text of a block (description: |) are Markdown, not YAML: skip those lines.
  let blockParentIndent = -1;
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const text = lines[n]!;
    const trimmed = text.trimStart();
    const indent = text.length - trimmed.length;
    if (blockParentIndent >= 0) {
      if (text.trim() === '' || indent > blockParentIndent) continue;
      blockParentIndent = -1;
    }
    if (/(?:^|[:-]\s+|^\s*)[|>][-+0-9]*\s*(?:#.*)?$/.test(text)) blockParentIndent = indent;
    if (depth === 0 && trimmed !== '' && !trimmed.startsWith('#')) {
      while (openIndents.length > 0 && openIndents[openIndents.length - 1]! >= indent) openIndents.pop();
      const markers = /^(?:[-?:](?:\s+|$))*/.exec(trimmed)![0].replace(/\s+/g, '').length;
      openIndents.push(indent);
      const level = openIndents.length + markers;
      if (level > block.max) {
        block.max = level;
        if (level > MAX_DEPTH && block.line === 1) block.line = n + 1;
      }
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 || c === 123) {
        depth++;
        if (depth > flow.max) {
          flow.max = depth;
          if (depth === MAX_DEPTH + 1) flow.line = n + 1;
        }
      } else if ((c === 93 || c === 125) && depth > 0) depth--;
    }
  }
  return { flow, block };
}

/**
 * Text that was not saved as UTF-8 (for example from an old Windows editor) decodes with replacement
 * characters, and a UTF-16 file starts with NUL bytes; both would otherwise show as nonsense on the site.
 */
export function encodingProblem(source: string): Omit<Problem, 'file'> | undefined {
  const bad = source.search(/[\uFFFD\u0000]/);
  if (bad < 0) return undefined;
  const line = source.slice(0, bad).split('\n').length;
  return {
    field: '',
    line,
    severity: 'error',
    message:
      'This file has characters that are not UTF-8 text (it may have been saved as "ANSI" or "Unicode"). Save it again as UTF-8: on the GitHub website, copy the text into the editor and save.',
  };
}

export interface Opening {
  offset: number;
  message: string;
}

/** Quoted text and [lists] or {groups} that are opened but never closed, in file order. */
export function unclosedOpenings(source: string): Opening[] {
  const found: Opening[] = [];
  const check = (token: CST.Token | undefined) => {
    if (!token) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
      const body = token.source.trimEnd();
      if (body.length < 2 || !body.endsWith(quote) || (quote === '"' && /(^|[^\\])(\\\\)*\\"$/.test(body))) {
        found.push({
          offset: token.offset,
          message: `The ${quote} quote opened on this line is never closed. Add the closing ${quote} at the end of the text.`,
        });
      }
    } else if (token.type === 'flow-collection') {
      const open = token.start.source;
      const close = open === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === close)) {
        const example = open === '[' ? ', for example [parenting, send]' : '';
        found.push({ offset: token.offset, message: `The ${open} opened on this line is never closed. Add the closing ${close}${example}.` });
      }
      for (const item of token.items) {
        check(item.key ?? undefined);
        check(item.value ?? undefined);
      }
    }
  };
  for (const token of new Parser().parse(source)) {
    CST.visit(token as CST.Document, (item) => {
      check(item.key ?? undefined);
      check(item.value ?? undefined);
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
