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

test.describe('on a small screen', () => {
  test.use({ viewport: { width: 390, height: 500 } });

  test('Leaflet is downloaded only when the map scrolls into view', async ({ page, start }) => {
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await start('/hubs/');
    await page.waitForLoadState('networkidle');
    expect(
      scripts.filter((p) => /leaflet/i.test(p)),
      'Leaflet before the map is in view',
    ).toEqual([]);

    await page.locator('.hub-map').scrollIntoViewIfNeeded();
    await expect(page.locator('.hub-map-wrapper[data-state="ready"]')).toBeVisible();
    expect(
      scripts.some((p) => /leaflet-src.*\.js$/.test(p)),
      'Leaflet once the map is in view',
    ).toBe(true);
    await expect(page.locator('.hub-marker, .hub-cluster').first()).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list of hubs is the whole page, and leads to a hub and the profile of its area', async ({ page, start }) => {
    await start('/hubs/');
    await expect(page.getByRole('region', { name: /Map of Family Hubs/ })).toHaveCount(0);
    const list = page.locator('.hubs-layout__list');
    await expect(list.getByRole('link', { name: /Hub$/ })).toHaveCount(14);

    await list.getByRole('link', { name: 'Tom Hill Youth Hub' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tom Hill Youth Hub');
    await expect(page.getByText('Conisbrough, DN12 4AQ')).toBeVisible();
    await expect(page.getByRole('link', { name: /Directions on OpenStreetMap/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/directions\?to=53\.\d+%2C-1\.\d+$/,
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'CivicStructure', name: 'Tom Hill Youth Hub', address: { postalCode: 'DN12 4AQ' } });

    await page.getByRole('link', { name: 'South Doncaster' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Doncaster');
    await expect(page.getByRole('link', { name: 'Tom Hill Youth Hub' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Where help is missing' })).toBeVisible();
    await page.getByRole('link', { name: /^Domestic abuse in South Doncaster$/ }).click();
    await expect(page).toHaveURL(/\/needs\/domestic-abuse\/south\/$/);
  });
});
