import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { expectNoAxeViolations } from '../e2e/fixtures.ts';
import { builtPages, sitemapPages } from './pages.ts';

/**
 * axe (WCAG 2.2 AA tags) over EVERY page in the built site's sitemap, and a check that the sitemap lists every
 * page that was built, so no page escapes the sweep. About 460 pages for the example directory: a few minutes
 * on 2 cores, which is what it costs to say "every page".
 */
const dist = resolve(import.meta.dirname, '../../dist');
const pages = existsSync(dist) ? sitemapPages(dist) : [];
const built = existsSync(dist) ? builtPages(dist) : [];

// Long pages (reports, long lists) take axe a while on a busy 2-core machine.
base.describe.configure({ mode: 'parallel', timeout: 180_000 });

base.describe(`axe over every page in the sitemap (${pages.length} pages)`, () => {
  base('the sitemap lists every page that was built', () => {
    base.expect(pages.length, 'Run npm run build first: dist/ has no sitemap').toBeGreaterThan(0);
    base.expect(pages).toEqual(built.filter((p) => !p.endsWith('.html')).sort());
  });
  for (const path of pages) {
    base(path, async ({ page }) => {
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
