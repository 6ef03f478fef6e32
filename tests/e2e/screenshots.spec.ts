import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const shotPath = (info: TestInfo, file: string) => join(info.project.outputDir, 'screenshots', file);

/**
 * Screenshots of the main pages at phone and desktop widths, kept with the tests' output
 * (test-results/screenshots/) for a person to check by eye. Not journeys: the axe checks of these pages are in
 * the journeys and tests/a11y, so here they would only slow the suite.
 */
test.describe.configure({ mode: 'parallel' });
const WIDTHS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'search-with-filters', path: '/search/?q=autism&age=7&near=DN4+0TY&radius=5&free=1' },
  { name: 'service', path: '/services/doncaster-family-hubs/stay-and-play-balby/' },
  { name: 'hubs-map', path: '/hubs/' },
  { name: 'search-results', path: '/search/?q=parenting&near=Bentley' },
  { name: 'hub-finder', path: '/hubs/?near=DN4+0TY' },
  { name: 'coverage-report', path: '/reports/coverage/' },
] as const;

for (const size of WIDTHS) {
  test.describe(`screenshots at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const shot of SHOTS) {
      test(`${shot.name} (${size.name})`, async ({ page }, info) => {
        const response = await page.request.get(shot.path);
        test.skip(response.status() === 404, `${shot.path} is not built yet`);
        await page.goto(shot.path);
        if (shot.name.startsWith('search')) await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
        if (shot.name === 'hub-finder') {
          await expect(page.getByRole('heading', { name: /^Hubs nearest to / })).toBeVisible();
          // The map draws only once scrolled to: show it zoomed to the place, then go back to the top.
          await page.locator('.hub-map').scrollIntoViewIfNeeded();
          await expect(page.locator('.hub-map__here')).toBeVisible();
          await page.evaluate(() => window.scrollTo(0, 0));
        }
        await page.screenshot({ path: shotPath(info, `${shot.name}-${size.name}.png`), fullPage: true });
      });
    }

    test(`printed shortlist (${size.name})`, async ({ page }, info) => {
      await page.goto('/search/?needs=parenting');
      const cards = page.getByRole('list', { name: 'Services' }).getByRole('listitem');
      for (let i = 0; i < 3; i++)
        await cards
          .nth(i)
          .getByRole('button', { name: /Add to shortlist/ })
          .click();
      await page.goto('/shortlist/');
      await expect(page.getByRole('list', { name: 'Your shortlist' }).getByRole('listitem')).toHaveCount(3);
      await page.emulateMedia({ media: 'print' });
      // Printed, the handout has no navigation, buttons or quick exit.
      await expect(page.getByRole('link', { name: 'Leave this site' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Print the list' })).toBeHidden();
      await page.screenshot({ path: shotPath(info, `shortlist-print-${size.name}.png`), fullPage: true });
    });
  });
}
