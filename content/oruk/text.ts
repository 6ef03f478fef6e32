import { decodeHTML } from 'entities';
import TurndownService from 'turndown';
import { normaliseUrl } from './contacts.ts';

/**
 * Feed text as listings need it. Real council feeds carry HTML descriptions with entities (`&nbsp;`, `&amp;`,
 * sometimes encoded twice: `&amp;amp;`). Descriptions become Markdown that keeps paragraphs, lists, emphasis
 * and safe links; every other field becomes one line of plain text. No tag and no entity survives either way,
 * because the validator refuses HTML and the site would print an entity as it stands.
 */

const TAG = /<\s*\/?\s*[a-z!][^>]*>/gi;
const LOOKS_LIKE_HTML = /<\s*\/?\s*[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i;
// An unfinished tag at the end or a dangerous one without its ">": removed, never shown.
const OPENING = /<\s*\/?\s*[a-z!][^<>]*$|<\s*\/?\s*(?:script|iframe|object|embed|style|svg|img|link|meta|form|input|base)\b[^<>]*/gi;
// Control and format characters (zero-width, direction overrides, BEL…) carry nothing a family should see.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]{1,31});?/i;

/** Decode entities until none is left: feeds double-encode (`&amp;nbsp;`), and one pass would leave `&nbsp;`. */
export function decodeEntities(text: string): string {
  let t = text;
  for (let i = 0; i < 4 && ENTITY.test(t); i += 1) {
    const next = decodeHTML(t);
    if (next === t) break;
    t = next;
  }
  return t
    .replace(/\u00A0/g, ' ')
    .replace(LINE_SEPARATORS, '\n')
    .replace(INVISIBLE, '');
}

/** Tags, unfinished tags and the "<" of tag-like text are removed: decoded `&lt;b&gt;` must not become HTML. */
function withoutTags(text: string): string {
  let t = text;
  for (let i = 0; i < 4; i += 1) {
    const next = t.replace(TAG, ' ').replace(OPENING, ' ');
    if (next === t) break;
    t = next;
  }
  return t;
}

/** A field shown on one line (names, labels, notes): entities decoded, tags removed, spaces collapsed. */
export function plainLine(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const t = withoutTags(decodeEntities(withoutTags(String(value)).replace(/<br\s*\/?>/gi, ' ')))
    .replace(/\s+/g, ' ')
    .trim();
  if (t === '') return undefined;
  return cut(t, max);
}

function cut(t: string, max: number): string {
  if (t.length <= max) return t;
  const head = t.slice(0, max - 1);
  // Cut at a word, and never inside a Markdown link, which would leave half an address.
  const at = Math.max(head.lastIndexOf(' '), max * 0.8);
  return `${head
    .slice(0, at)
    .replace(/\[[^\]]*(?:\]\([^)]*)?$/, '')
    .trimEnd()}…`;
}

const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;

function turndown(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_', codeBlockStyle: 'fenced' });
  // Nothing that runs, embeds or tracks: images (tracking pixels), scripts, styles, frames and forms go.
  td.remove([
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'noscript',
    'head',
    'title',
    'meta',
    'link',
    'video',
    'audio',
    'canvas',
  ]);
  // Turndown's own image rule comes before remove(): an added rule comes before both.
  td.addRule('no-images', { filter: (node) => ['IMG', 'PICTURE', 'SVG'].includes(node.nodeName.toUpperCase()), replacement: () => '' });
  td.addRule('safe-links', {
    filter: 'a',
    replacement(content, node) {
      const text = content.trim();
      const href = (node as unknown as { getAttribute(n: string): string | null }).getAttribute('href') ?? '';
      const target = SAFE_LINK.test(href.trim()) ? href.trim() : normaliseUrl(href).url;
      if (!target || !SAFE_LINK.test(target) || /[\s()<>]/.test(target)) return text;
      return `[${text.replace(/\n+/g, ' ') || target}](${target})`;
    },
  });
  // "- item", as a person writes a list, rather than Turndown's "-   item".
  td.addRule('tight-list-items', {
    filter: 'li',
    replacement(content, node) {
      const parent = node.parentNode as unknown as { nodeName: string; getAttribute(n: string): string | null; children: ArrayLike<unknown> } | null;
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, '\n   ');
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const next = (node as unknown as { nextSibling: unknown }).nextSibling;
      return prefix + body.trim() + (next && !/\n$/.test(body) ? '\n' : '\n');
    },
  });
  return td;
}

let converter: TurndownService | undefined;

/**
 * A description as Markdown. HTML is converted (paragraphs, line breaks, lists, headings, emphasis and links
 * to web, mail and phone addresses kept; everything else dropped to its text); plain text keeps its line
 * breaks. Entities are decoded and tags removed in every case.
 */
export function markdownFrom(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let md: string;
  // Double-encoded HTML (&lt;p&gt;) is HTML too: decode once before deciding.
  const raw = !LOOKS_LIKE_HTML.test(value) && /&lt;\s*\/?\s*(?:p|br|ul|ol|li|div|strong|b|em|a)\b/i.test(value) ? decodeHTML(value) : value;
  if (LOOKS_LIKE_HTML.test(raw)) {
    converter ??= turndown();
    try {
      md = converter.turndown(raw);
    } catch {
      // A parser failure on hostile markup must not cost the service: fall back to the text alone.
      md = withoutTags(raw);
    }
  } else md = raw;
  md = withoutTags(decodeEntities(md))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/g, '').replace(/(\S)[ \t]{2,}/g, '$1 '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (md === '') return undefined;
  return cut(md, max);
}
