/**
 * A deliberately small Markdown renderer for listing descriptions. It emits only p, ul, ol, li, strong, em
 * and a (with http(s), mailto or tel hrefs); every other character is escaped, so nothing a provider writes
 * can become markup. Supported: paragraphs, "-"/"*" and "1." lists, **bold**, *italic* / _italic_, [text](url),
 * and bare https:// links. Anything else shows as the text it is.
 */

import { escapeHtml } from './escape-html.ts';

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:)/i;

/** Inline formatting for one run of text. Works on escaped text, so the only tags are the ones added here. */
export function renderInline(raw: string): string {
  const links: string[] = [];
  // Pull links out first so their URLs are not touched by emphasis rules.
  let text = raw.replace(/\u0000/g, '').replace(/\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?\s*\)/g, (whole, label: string, href: string) => {
    if (!SAFE_HREF.test(href)) return whole;
    links.push(`<a href="${escapeHtml(href)}">${emphasis(escapeHtml(label))}</a>`);
    return `\u0000${links.length - 1}\u0000`;
  });
  text = text.replace(/(^|[\s(])(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g, (_w, pre: string, url: string) => {
    links.push(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
    return `${pre}\u0000${links.length - 1}\u0000`;
  });
  const html = emphasis(escapeHtml(text));
  return html.replace(/\u0000(\d+)\u0000/g, (_w, i: string) => links[Number(i)] ?? '');
}

function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, '$1<em>$2</em>');
}

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

/** Markdown text → safe HTML string. */
export function renderMarkdown(source: string): string {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      if (current?.kind !== kind) {
        flush();
        current = { kind, items: [] };
      }
      (current as { items: string[] }).items.push((bullet ?? numbered)![1]!.trim());
    } else if (current && current.kind !== 'p' && /^\s{2,}\S/.test(line)) {
      // A continuation line of the last list item.
      const items = current.items;
      items[items.length - 1] += ` ${line.trim()}`;
    } else {
      if (current?.kind !== 'p') {
        flush();
        current = { kind: 'p', lines: [] };
      }
      current.lines.push(line.trim().replace(/^#{1,6}\s+/, ''));
    }
  }
  flush();
  return blocks
    .map((b) =>
      b.kind === 'p'
        ? `<p>${renderInline(b.lines.join(' '))}</p>`
        : `<${b.kind}>${b.items.map((i) => `<li>${renderInline(i)}</li>`).join('')}</${b.kind}>`,
    )
    .join('\n');
}
