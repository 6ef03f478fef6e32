import type { Page } from '@playwright/test';
import { expect, QUICK_EXIT_TARGET, test } from './fixtures.ts';

const PHONE = { width: 375, height: 667 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const exitButton = (page: Page) => page.locator('.quick-exit').getByRole('link', { name: 'Leave this site' });

/** One built page of each kind, from the sitemap, so a new kind of page is checked without editing this test. */
async function onePagePerSection(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('/sitemap-0.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const bySection = new Map<string, string>();
  for (const p of paths) {
    const section = p.split('/')[1] ?? '';
    if (!bySection.has(section)) bySection.set(section, p);
  }
  return [...bySection.values(), '/search/?q=zzqqxx'];
}

test.describe('A parent leaves quickly from a long page on a phone', () => {
  test('the exit button is in view after scrolling to the bottom of every kind of page', async ({ page, start }) => {
    await start('/needs/child-mental-health/');
    const pages = await onePagePerSection(page);
    expect(pages.length).toBeGreaterThan(8);
    for (const path of pages) {
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(exitButton(page), `${path}: "Leave this site" in view after scrolling`).toBeInViewport({ ratio: 1 });
    }
  });

  test('tapping it at the bottom of a long page leaves, Back does not return, and the shortlist is emptied', async ({ page, start }) => {
    await start('/search/?needs=domestic-abuse');
    await page
      .getByRole('list', { name: 'Services' })
      .getByRole('button', { name: /Add to shortlist/ })
      .first()
      .click();
    await page.goto('/shortlist/');
    await expect(page.getByRole('list', { name: 'Your shortlist' }).getByRole('listitem')).toHaveCount(1);

    await page.goto('/about/');
    await page.goto('/needs/domestic-abuse/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height);
    await exitButton(page).tap();
    await expect(page).toHaveURL(QUICK_EXIT_TARGET);
    await page.goBack();
    await expect(page).not.toHaveURL(/domestic-abuse/);

    await page.goto('/shortlist/');
    await expect(page.getByText('Your shortlist is empty.')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('fis-shortlist'))).toBeNull();
  });
});
