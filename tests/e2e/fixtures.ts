import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as the issue asks: every journey starts with this check on its first page. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe on the page as it is now; fail with a readable list of what is wrong and where. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `axe found accessibility problems on ${page.url()}`).toEqual([]);
}

/** The neutral site the quick exit goes to; the tests answer it locally because there is no internet here. */
export const QUICK_EXIT_TARGET = 'https://www.bbc.co.uk/weather';

interface Fixtures {
  /** Opens a path and runs the axe check first, so every journey starts from an accessible page. */
  start: (path: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    // Nothing on this site may reach another origin; the quick exit's target is answered with a stand-in page.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
      route.request().url().startsWith(QUICK_EXIT_TARGET)
        ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>BBC Weather</title><h1>Weather</h1>' })
        : route.abort(),
    );
    await use(page);
  },
  start: async ({ page }, use) => {
    await use(async (path: string) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  },
});

export { expect };
