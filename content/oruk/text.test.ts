import { describe, expect, it } from 'vitest';
import { decodeEntities, markdownFrom, plainLine } from './text.ts';

describe('feed text: HTML to Markdown, entities decoded, nothing of HTML left', () => {
  it('keeps paragraphs, lists and safe links, and decodes entities, even encoded twice', () => {
    const md = markdownFrom(
      '<p>Drug &amp;amp; Alcohol&nbsp;support</p><ul><li>One</li><li>Two</li></ul><ol><li>First</li><li>Second</li></ol><p>See <a href="https://example.org/a">our page</a>.</p>',
      5000,
    );
    expect(md).toBe('Drug & Alcohol support\n\n- One\n- Two\n\n1. First\n2. Second\n\nSee [our page](https://example.org/a).');
  });

  it('repairs bare link addresses, and keeps only the text of script, data or relative links', () => {
    const md = markdownFrom(
      '<p><a href="www.example.org/x">site</a> <a href="javascript:alert(1)">bad</a> <a href="/local">here</a> <a href="mailto:a@example.org">mail</a></p>',
      5000,
    );
    expect(md).toBe('[site](https://www.example.org/x) bad here [mail](mailto:a@example.org)');
  });

  it('drops images, scripts, styles and frames entirely', () => {
    const md = markdownFrom(
      '<p>Hello<img src="https://t.example.com/p.gif"></p><script>alert(1)</script><style>p{}</style><iframe src="https://x.example.com"></iframe>',
      5000,
    );
    expect(md).toBe('Hello');
  });

  it('never lets decoded text become a tag: &lt;script&gt; is removed, not turned into HTML', () => {
    for (const input of [
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; hi</p>',
      '&lt;p&gt;Hi &lt;b&gt;there&lt;/b&gt;&lt;/p&gt;',
      'a <b>bold</b> move',
      'broken <a href="x"',
      'text &amp;lt;img src=x onerror=alert(1)&amp;gt;',
    ]) {
      const md = markdownFrom(input, 5000) ?? '';
      expect(md).not.toMatch(/<\s*\/?\s*[a-z!]/i);
      expect(md).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
    }
  });

  it('keeps line breaks of plain text, collapsing runs of blank lines and spaces', () => {
    expect(markdownFrom('First line\r\n\r\n\r\n\r\nSecond &amp;  line  ', 5000)).toBe('First line\n\nSecond & line');
  });

  it('makes plain-text fields one line, with no tags, entities or control characters', () => {
    expect(plainLine('<b>Stay&nbsp;&amp;amp;\nplay</b>\u202E\u0007', 100)).toBe('Stay & play');
    expect(plainLine(42, 10)).toBe('42');
    expect(plainLine({ not: 'text' }, 10)).toBeUndefined();
    expect(plainLine('   ', 10)).toBeUndefined();
    expect(plainLine('a'.repeat(50), 10)!.length).toBeLessThanOrEqual(10);
  });

  it('decodes numeric and named entities, and turns no-break spaces into spaces', () => {
    expect(decodeEntities('caf&eacute; &#163;3 &#x2013; &nbsp;')).toBe('café £3 –  ');
  });
});
