/**
 * Characters a reader cannot see, or that change how the text around them is shown: control characters
 * (BEL, ESC, C1 controls), bidirectional overrides and isolates, zero-width spaces and joiners, line and
 * paragraph separators. In a listing they are a copy-and-paste accident at best, and at worst make a name
 * read differently from what it says (a right-to-left override) or slip a near-copy past the duplicate check.
 *
 * Kept on purpose: the zero-width joiner and non-joiner between two letters of a script that needs them
 * (Urdu, Persian, Hindi…) and inside emoji sequences, and the tag characters of the England flag emoji.
 * A joiner between two Latin letters is never needed, so it is refused.
 */

// U+034F (combining grapheme joiner) is a mark, so it stands apart from the class.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]|\u034F/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x07, 'bell'],
  [0x08, 'backspace'],
  [0x09, 'tab'],
  [0x0a, 'line break'],
  [0x0b, 'vertical tab'],
  [0x0c, 'page break'],
  [0x0d, 'carriage return'],
  [0x1b, 'escape'],
  [0x7f, 'delete'],
  [0x85, 'next line'],
  [0xad, 'soft hyphen'],
  [0x061c, 'Arabic letter mark'],
  [0x180e, 'Mongolian vowel separator'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x2028, 'line separator'],
  [0x2029, 'paragraph separator'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0xfeff, 'zero-width no-break space'],
]);

export interface HiddenCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  codePoint: number;
  /** "U+202E, right-to-left override" */
  label: string;
}

export interface HiddenOptions {
  /** Line breaks (LF, CR) are part of Markdown text, and one-line fields refuse them with a message of their own. */
  allowLineBreaks?: boolean;
  /** Tabs are harmless inside Markdown text (YAML block text keeps them). */
  allowTabs?: boolean;
}

/** The first hidden character in `s` that is not allowed, or undefined when the text is clean. */
export function findHiddenCharacter(s: string, options: HiddenOptions = {}): HiddenCharacter | undefined {
  for (const m of s.matchAll(HIDDEN_ALL)) {
    const index = m.index;
    const cp = m[0].codePointAt(0)!;
    // Line breaks have their own rule where they are not allowed ("Keep this on one line"): say it once.
    if ((cp === 0x0a || cp === 0x0d) && options.allowLineBreaks) continue;
    if (cp === 0x09 && options.allowTabs) continue;
    if ((cp === 0x200c || cp === 0x200d) && joinerInContext(s, index)) continue;
    if (cp >= 0xe0020 && cp <= 0xe007f && tagInFlag(s, index)) continue;
    return { index, codePoint: cp, label: labelOf(cp) };
  }
  return undefined;
}

/** "U+202E, right-to-left override", or a general name for the character's kind. */
export function labelOf(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES.get(cp) ?? (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? 'control character' : 'invisible character');
  return `${hex}, ${name}`;
}

/** Remove every hidden character (joiners included): for comparing names, never for storing them. */
export function stripHidden(s: string): string {
  return s.replace(HIDDEN_ALL, '');
}

// A joiner is needed only between two letters (or marks) of a script that joins, or inside an emoji sequence.
const JOINING_NEIGHBOUR = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;
const LATIN_OR_ASCII = /[\p{Script=Latin}\p{ASCII}]/u;

function joinerInContext(s: string, index: number): boolean {
  const before = lastCodePoint(s.slice(0, index));
  const after = String.fromCodePoint(s.codePointAt(index + 1) ?? 0x20);
  const ok = (c: string) => JOINING_NEIGHBOUR.test(c) && !LATIN_OR_ASCII.test(c);
  return before !== undefined && ok(before) && ok(after);
}

// 🏴 then tag letters then a cancel tag: the flags of England, Scotland and Wales.
function tagInFlag(s: string, index: number): boolean {
  let i = index;
  while (i > 0) {
    const prev = lastCodePoint(s.slice(0, i))!;
    const cp = prev.codePointAt(0)!;
    if (cp === 0x1f3f4) return true;
    if (cp < 0xe0020 || cp > 0xe007f) return false;
    i -= prev.length;
  }
  return false;
}

function lastCodePoint(s: string): string | undefined {
  if (s.length === 0) return undefined;
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xdc00 && last <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}

/**
 * A name as a person reads it, for the duplicate check: compatibility forms folded (NFKC turns full-width
 * and styled letters into plain ones), hidden characters removed, case and spacing ignored.
 */
export function comparableName(s: string): string {
  return stripHidden(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\p{Z}]+/gu, ' ')
    .trim();
}
