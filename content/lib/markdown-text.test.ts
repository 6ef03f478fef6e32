import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-text.ts';

describe('Markdown to plain text', () => {
  it('keeps link text and drops emphasis and list markers', () => {
    expect(markdownToText('**Free** [help](https://example.org)\n\n- one\n- two')).toBe('Free help one two');
  });

  it('drops headings, quotes, numbered lists and code ticks', () => {
    expect(markdownToText('# Title\n\n* one\n* two')).toBe('Title one two');
    expect(markdownToText('> Quoted\n\n1. first\n2) second\n\nUse `npm`')).toBe('Quoted first second Use npm');
  });

  it('leaves underscores inside words and addresses alone', () => {
    expect(markdownToText('See https://example.org/a_b_c and _this_')).toBe('See https://example.org/a_b_c and this');
  });
});
