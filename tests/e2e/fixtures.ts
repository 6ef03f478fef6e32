import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as the issue asks: every journey starts with this check on its first page. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe on the page as it is now; fail with a readable list of what is wrong and where. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe found accessibility problems on ${page.url()}`).toEqual([]);
}

/**
 * axe needs script to run, so for a no-JavaScript journey it checks the page as a browser without JavaScript
 * shows it: the same HTML with every <script> removed and <noscript> content shown, in a separate page.
 */
async function expectNoAxeViolationsWithoutJs(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<\/?noscript>/gi, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
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
  start: async ({ page, browser, baseURL, javaScriptEnabled }, use) => {
    await use(async (path: string) => {
      if (javaScriptEnabled === false) await expectNoAxeViolationsWithoutJs(browser, new URL(path, baseURL).href);
      await page.goto(path);
      if (javaScriptEnabled !== false) await expectNoAxeViolations(page);
    });
  },
});

export { expect };
