import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from './markdown.ts';

const tagsIn = (html: string) => [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
const ALLOWED = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'a']);

describe('renderMarkdown', () => {
  it('renders paragraphs and lists', () => {
    expect(renderMarkdown('Come and play.\nBring a drink.\n\n- No need to book\n- Free')).toBe(
      '<p>Come and play. Bring a drink.</p>\n<ul><li>No need to book</li><li>Free</li></ul>',
    );
    expect(renderMarkdown('1. Call us\n2. Come along')).toBe('<ol><li>Call us</li><li>Come along</li></ol>');
  });

  it('renders emphasis and safe links', () => {
    expect(renderInline('**Free** and *friendly*')).toBe('<strong>Free</strong> and <em>friendly</em>');
    expect(renderInline('See [our page](https://example.org/a?b=1&c=2).')).toBe('See <a href="https://example.org/a?b=1&amp;c=2">our page</a>.');
    expect(renderInline('Call [0114 496 0101](tel:01144960101)')).toBe('Call <a href="tel:01144960101">0114 496 0101</a>');
    expect(renderInline('Visit https://example.org/help.')).toBe('Visit <a href="https://example.org/help">https://example.org/help</a>.');
  });

  it('never lets HTML or script links through', () => {
    const nasty = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '[x](data:text/html;base64,AAAA)',
      '**<b>bold</b>**',
      '"><svg onload=alert(1)>',
      '[a](https://example.org/"onmouseover="alert(1))',
    ];
    for (const input of nasty) {
      const html = renderMarkdown(input);
      expect(
        tagsIn(html).every((t) => ALLOWED.has(t!)),
        `${input} → ${html}`,
      ).toBe(true);
      expect(html).not.toMatch(/<a href="(?!https?:|mailto:|tel:)/);
      expect(html).not.toMatch(/"\s*on\w+=/);
    }
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>');
  });

  it('shows headings and other Markdown as plain text', () => {
    expect(renderMarkdown('## What to bring')).toBe('<p>What to bring</p>');
  });
});
