import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('A keyboard user tabs to a hub on the map, opens its popup and follows the link to the hub page', async ({ page, start }) => {
  await start('/hubs/');
  const map = page.getByRole('region', { name: /Map of Family Hubs and Youth Hubs/ });
  await map.scrollIntoViewIfNeeded();
  await expect(page.locator('.hub-map-wrapper[data-state="ready"]')).toBeVisible();
  await expect(page.locator('.hub-marker').first()).toBeVisible();
  // The map with its markers and clusters must be as accessible as the page it is on.
  await expectNoAxeViolations(page);

  // Only the keyboard from here: Tab from the top of the page until a hub marker has focus.
  await page.keyboard.press('Tab');
  let name = '';
  for (let i = 0; i < 60 && !name; i++) {
    name = await page.evaluate(() => (document.activeElement?.classList.contains('hub-marker') ? (document.activeElement.textContent ?? '') : ''));
    if (!name) await page.keyboard.press('Tab');
  }
  expect(name, 'a hub marker can be reached with the Tab key').toMatch(/(Family|Youth) Hub$/);
  const marker = page.getByRole('button', { name, exact: true });
  await expect(marker).toBeFocused();

  // Enter opens the popup and puts focus on its link; Escape closes it and gives focus back to the marker.
  await page.keyboard.press('Enter');
  const link = page.locator('.leaflet-popup').getByRole('link', { name, exact: true });
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  await expect(marker).toBeFocused();

  // Open it again and follow the link with Enter.
  await page.keyboard.press('Enter');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hubs\/[a-z-]+-hub\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectNoAxeViolations(page);
});

test('A cluster of hubs close together zooms in with Enter and shows the hubs in it', async ({ page, start }) => {
  await start('/hubs/');
  await page.getByRole('region', { name: /Map of Family Hubs and Youth Hubs/ }).scrollIntoViewIfNeeded();
  await expect(page.locator('.hub-map-wrapper[data-state="ready"]')).toBeVisible();
  const clusters = page.locator('.hub-cluster');
  // Doncaster has hubs a few streets apart (Bentley's two, for example), so the borough view has clusters.
  await expect.poll(() => clusters.count()).toBeGreaterThan(0);
  const before = await page.locator('.hub-marker').count();
  await clusters.first().focus();
  await expect(clusters.first()).toHaveAccessibleName(/\d+ hubs close together: press Enter to zoom in/);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.hub-marker').count()).toBeGreaterThan(before);
});
