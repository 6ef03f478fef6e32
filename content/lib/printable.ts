/**
 * Untrusted text (file names, field names, values quoted in messages, feed data) made safe to print in a
 * terminal or a CI log: every control, format and separator character is shown as an escape (\n, \x1B,
 * \u202E) instead of acting. So a file cannot print a line of its own (a fake "All listings are valid", a
 * GitHub "::error" or "::stop-commands::" command), colour or clear the terminal, or reorder text.
 * Everything else, including non-English letters and emoji, prints as it is.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const SHORT: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

export function printable(s: string): string {
  return String(s).replace(UNPRINTABLE, (c) => {
    const short = SHORT.get(c);
    if (short) return short;
    const cp = c.codePointAt(0)!;
    if (cp <= 0xff) return `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    if (cp <= 0xffff) return `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return `\\u{${cp.toString(16).toUpperCase()}}`;
  });
}

/**
 * One printable line that cannot be read as a GitHub Actions workflow command: a line of a plain report that
 * starts with "::" would be one when the report is printed in a workflow.
 */
export function printableLine(s: string): string {
  const p = printable(s);
  return p.startsWith('::') ? `\\${p}` : p;
}

/**
 * GitHub workflow command escaping (https://github.com/actions/toolkit, packages/core/src/command.ts): %, CR
 * and LF in the message; also : and , in properties. Applied after printable(), so no control character is
 * left to escape and the command's own line cannot be split.
 */
export function annotationData(s: string): string {
  return printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function annotationProperty(s: string): string {
  return annotationData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
