import { describe, expect, it } from 'vitest';
import { moduleClosure, pageType, scriptsOf, staticImportsOf } from './budgets.ts';

describe('budgets helpers', () => {
  it('finds scripts, islands and inline code, but not JSON-LD', () => {
    const html = `<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>
      <script type="module">console.log(1)</script><astro-island uid="x" component-url="/_astro/App.js" renderer-url="/_astro/client.js"></astro-island>`;
    expect(scriptsOf(html)).toEqual({ urls: ['/_astro/a.js', '/_astro/App.js', '/_astro/client.js'], inline: ['console.log(1)'] });
  });

  it('follows static imports but not dynamic ones', () => {
    const files: Record<string, string> = {
      '/_astro/App.js': 'import{a as b}from"./react.js";import"./style.js";const m=()=>import("./lazy.js");',
      '/_astro/react.js': 'export const a=1;',
      '/_astro/style.js': '',
      '/_astro/lazy.js': 'big',
    };
    expect(staticImportsOf(files['/_astro/App.js']!, '/_astro/App.js')).toEqual(['/_astro/react.js', '/_astro/style.js']);
    expect(moduleClosure(['/_astro/App.js'], (u) => files[u])).toEqual(['/_astro/App.js', '/_astro/react.js', '/_astro/style.js']);
  });

  it('names page types', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/services/a/b/')).toBe('service');
    expect(pageType('/needs/send/')).toBe('need');
    expect(pageType('/needs/send/north/')).toBe('need by area');
    expect(pageType('/search/')).toBe('search');
  });
});
