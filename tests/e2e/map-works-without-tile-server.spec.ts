import { expect, test } from './fixtures.ts';

test('With no tile server, the map shows the hubs over the ward boundaries and asks nothing of another site', async ({ page, start }) => {
  // Every request the page makes, answered only if it is for this site (127.0.0.1).
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  const wards = page.waitForResponse((r) => r.url().endsWith('/hubs/wards.geojson') && r.ok());

  await start('/hubs/');
  await page.getByRole('region', { name: /Map of Family Hubs and Youth Hubs/ }).scrollIntoViewIfNeeded();
  await expect(page.locator('.hub-map-wrapper[data-state="ready"]')).toBeVisible();
  await wards;

  // The wards are drawn (21 of them) and no map tiles are asked for.
  await expect.poll(() => page.locator('.hub-map path').count()).toBeGreaterThanOrEqual(21);
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);

  // Every hub is on the map: as a marker, or counted in a cluster.
  const markers = await page.locator('.hub-marker').count();
  const clustered = (await page.locator('.hub-cluster [aria-hidden="true"]').allTextContents()).reduce((n, text) => n + Number(text), 0);
  expect(markers + clustered).toBe(14);
  await expect(page.locator('.hub-marker').first()).toBeVisible();

  // And every hub is in the list beside the map, grouped by area.
  const list = page.locator('.hubs-layout__list');
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['North Doncaster', 'East Doncaster', 'South Doncaster', 'Central Doncaster']);
  await expect(list.getByRole('link', { name: /Hub$/ })).toHaveCount(14);

  // Zooming in fetches nothing more from outside either.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.waitForTimeout(500);
  expect(outside, 'requests to other sites').toEqual([]);
});
