/**
 * A listing description (Markdown) as plain text: for search documents (the words to match), meta
 * descriptions, JSON-LD and emails. Links keep their text; list markers, heading and quote marks, code ticks
 * and emphasis marks go; white space collapses. Zod-free and browser-safe.
 */
export function markdownToText(source: string): string {
  return source
    .replace(/\[([^\]\n]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*(?:#{1,6}|>)\s*/gm, '')
    .replace(/`+/g, '')
    .replace(/(^|[^\w*])(\*\*|__|\*|_)(\S(?:.*?\S)?)\2(?![\w*])/gm, '$1$3')
    .replace(/\s+/g, ' ')
    .trim();
}
