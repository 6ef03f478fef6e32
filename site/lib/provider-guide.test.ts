import { describe, expect, it } from 'vitest';
import { rewriteRelativeLinks, suggestChangeMailto } from './provider-guide.ts';

describe('rewriteRelativeLinks', () => {
  it('points relative links at the file on the repository website and leaves the rest alone', () => {
    const html =
      '<a href="content/GUIDELINES.md">g</a> <a href="content/README.md#fields">f</a> <a href="#words">w</a> <a href="https://github.com">x</a> <a href="mailto:a@example.org">m</a> <a href="/search/">s</a>';
    expect(rewriteRelativeLinks(html, 'https://github.com/example/fis/', 'main')).toBe(
      '<a href="https://github.com/example/fis/blob/main/content/GUIDELINES.md">g</a> <a href="https://github.com/example/fis/blob/main/content/README.md#fields">f</a> <a href="#words">w</a> <a href="https://github.com">x</a> <a href="mailto:a@example.org">m</a> <a href="/search/">s</a>',
    );
  });
});

describe('suggestChangeMailto', () => {
  it("addresses the FIS team, with the listing's name and id filled in", () => {
    const href = suggestChangeMailto(
      'fis@example.org',
      { id: 'doncaster-family-hubs/stay-and-play-balby', name: 'Stay & Play at Balby' },
      'https://fis.example.org/services/doncaster-family-hubs/stay-and-play-balby/',
    );
    expect(href.startsWith('mailto:fis@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('Suggested change: Stay & Play at Balby');
    expect(params.get('body')).toContain('Reference: doncaster-family-hubs/stay-and-play-balby');
    expect(params.get('body')).toContain('Listing: Stay & Play at Balby');
  });
});
