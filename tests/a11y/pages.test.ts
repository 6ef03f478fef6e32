import { describe, expect, it } from 'vitest';
import { sitemapPaths } from './pages.ts';

describe('reading the sitemap for the accessibility sweep', () => {
  it('turns each <loc> into a path on this site, whatever host the sitemap was built for', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://fis.example.org/</loc></url>
      <url><loc>https://fis.example.org/needs/send/north/</loc></url>
      <url><loc>https://fis.example.org/services/caf%C3%A9-club/stay-and-play/</loc></url>
    </urlset>`;
    expect(sitemapPaths(xml)).toEqual(['/', '/needs/send/north/', '/services/café-club/stay-and-play/']);
  });
  it('reads a sitemap index the same way', () => {
    expect(sitemapPaths('<sitemapindex><sitemap><loc>https://fis.example.org/sitemap-0.xml</loc></sitemap></sitemapindex>')).toEqual([
      '/sitemap-0.xml',
    ]);
  });
});
