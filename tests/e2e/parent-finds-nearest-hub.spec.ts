import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const PHONE = { width: 375, height: 667 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

interface HubEntry {
  name: string;
  postal_code: string;
  town: string;
}
const hubs = (parse(readFileSync(resolve('content/vocabularies/hubs.yaml'), 'utf8')) as { hubs: HubEntry[] }).hubs;

const nearest = (page: Page) => page.getByRole('region', { name: /^Hubs nearest to / }).getByRole('listitem');

/** Miles on each listed hub, in order ("less than 0.1 miles away" counts as 0). */
async function miles(page: Page): Promise<number[]> {
  return (await nearest(page).allTextContents()).map((t) => (/less than 0\.1/.test(t) ? 0 : Number(/([\d.]+) miles? away/.exec(t)![1])));
}

test.describe('A parent finds the nearest Family Hub on a phone', () => {
  test("from the home page, by a hub's own postcode: that hub comes first, the rest by distance, and the map zooms there", async ({
    page,
    start,
  }) => {
    // Any hub will do: its own postcode must give that hub first.
    const hub = hubs[Math.floor(hubs.length / 2)]!;
    await start('/');
    const finder = page.getByRole('region', { name: 'Find your nearest Family Hub' });
    await finder.getByLabel('Postcode or place').fill(hub.postal_code);
    await finder.getByRole('button', { name: 'Find hubs' }).click();

    await expect(page).toHaveURL(/\/hubs\/\?near=/);
    const heading = page.getByRole('heading', { name: `Hubs nearest to ${hub.postal_code}` });
    await expect(heading).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^Hubs nearest to ${hub.postal_code} - `));
    await expect(nearest(page).first()).toContainText(hub.name);
    const shown = await miles(page);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown[0]).toBeLessThan(0.2);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    await expectNoAxeViolations(page);

    // The map (below the list on a phone) zooms to the place: the "you searched" mark is inside the map.
    const map = page.locator('.hub-map');
    await map.scrollIntoViewIfNeeded();
    const here = page.locator('.hub-map__here');
    await expect(here).toContainText(`You searched for ${hub.postal_code}`);
    const mapBox = (await map.boundingBox())!;
    const hereBox = (await here.boundingBox())!;
    expect(hereBox.x).toBeGreaterThanOrEqual(mapBox.x);
    expect(hereBox.y).toBeGreaterThanOrEqual(mapBox.y);
    expect(hereBox.y).toBeLessThanOrEqual(mapBox.y + mapBox.height);
  });

  test('by the name of a town, on the hubs page, with focus on the answer', async ({ page, start }) => {
    const town = hubs.map((h) => h.town).find((t) => !/\d/.test(t))!;
    await start('/hubs/');
    await page.getByLabel('Postcode or place').fill(town);
    await page.getByRole('button', { name: 'Find hubs' }).click();
    const heading = page.getByRole('heading', { name: new RegExp(`^Hubs nearest to ${town}`, 'i') });
    await expect(heading).toBeFocused();
    const shown = await miles(page);
    expect(shown[0]).toBeLessThan(2);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  test('a place we do not know is explained on the field, and the title starts with Error', async ({ page, start }) => {
    await start('/hubs/');
    await page.getByLabel('Postcode or place').fill('Narnia');
    await page.getByRole('button', { name: 'Find hubs' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel('Postcode or place')).toHaveAccessibleDescription(/Error: We do not know "Narnia"/);
    await expectNoAxeViolations(page);
  });

  test('the map without tiles names places, and a one-finger swipe over it scrolls the page', async ({ page, start }) => {
    await start('/hubs/');
    const map = page.locator('.hub-map');
    await map.scrollIntoViewIfNeeded();
    await expect(page.locator('.hub-map-wrapper')).toHaveAttribute('data-state', 'ready');
    // The whole map on the screen, with room below it to scroll into.
    await page.evaluate(() => window.scrollBy(0, document.querySelector('.hub-map')!.getBoundingClientRect().top - 60));
    // Zoomed out, the areas are named (the ward names show when zoomed in).
    await expect(page.locator('.hub-map__place--area').first()).toBeVisible();
    await expect(page.locator('.hub-map__place--area')).toContainText([/North/i]);
    await expect(page.getByText('Use two fingers to move or zoom the map.')).toBeVisible();

    // A one-finger swipe upwards in the middle of the map, as touch events from the browser itself.
    const box = (await map.boundingBox())!;
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(Math.min(box.y + box.height / 2, PHONE.height - 40));
    const before = await page.evaluate(() => window.scrollY);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });
});
