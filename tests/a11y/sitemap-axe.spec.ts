import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { expectNoAxeViolations } from '../e2e/fixtures.ts';
import { builtPages, samplePages } from './pages.ts';

/**
 * axe (WCAG 2.2 AA tags) over the built site. Every one-off page is checked; pages that share a template
 * (services, need pages, need-by-area pages, hubs...) are checked through a deterministic sample of up to
 * PER_TEMPLATE pages each, first and last included, to keep the browser suite within minutes on 2 cores.
 */
const PER_TEMPLATE = Number(process.env.AXE_PER_TEMPLATE ?? 3);
const dist = resolve(import.meta.dirname, '../../dist');
const pages = existsSync(dist) ? samplePages(builtPages(dist), PER_TEMPLATE) : [];

// Long pages (reports, long lists) take axe a while on a busy 2-core machine.
base.describe.configure({ mode: 'parallel', timeout: 180_000 });

base.describe(`axe over every page template in the built site (all one-off pages, up to ${PER_TEMPLATE} sampled per shared template)`, () => {
  base('the site has been built', () => {
    base.expect(pages.length, 'Run npm run build first: dist/ has no pages').toBeGreaterThan(0);
  });
  for (const { path, template, of } of pages) {
    base(`${path}${of > 1 ? ` (template ${template}, 1 of ${of} pages)` : ''}`, async ({ page }) => {
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
