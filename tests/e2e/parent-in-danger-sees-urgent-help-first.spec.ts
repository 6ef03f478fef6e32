import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('A parent types "my husband hits me" and sees domestic abuse help first, and somewhere to go next', async ({ page, start }) => {
  await start('/search/?q=my+husband+hits+me');
  const panel = page.getByRole('region', { name: 'Get help now: domestic abuse' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: '0808 2000 247' })).toHaveAttribute('href', 'tel:+448082000247');
  await expect(panel).toContainText('call 999');
  // Above the search form and the results: the first thing after the page heading and the general urgent block.
  const panelBox = (await panel.boundingBox())!;
  const formBox = (await page.getByRole('search').boundingBox())!;
  expect(panelBox.y).toBeLessThan(formBox.y);
  // Never a dead end: matching needs, every need, and the FIS contact.
  await expect(page.getByRole('heading', { name: 'Help that matches your words' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Domestic abuse' }).first()).toBeVisible();
  await expect(page.getByText('Or choose what is happening')).toBeVisible();
  await expect(page.locator('.dead-end__tiles a')).not.toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Not sure where to start?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('A young person searching "drama club" sees no urgent panel, and the domestic abuse page shows its help at the top', async ({ page, start }) => {
  await start('/search/?q=drama+club');
  await expect(page.getByRole('status').filter({ hasText: /services? found/ })).toBeVisible();
  await expect(page.locator('[data-signpost]')).toHaveCount(0);

  await start('/needs/domestic-abuse/');
  const panel = page.getByRole('region', { name: 'Get help now: domestic abuse' });
  await expect(panel).toBeVisible();
  const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const services = (await page.locator('#services-heading').boundingBox())!;
  const box = (await panel.boundingBox())!;
  expect(box.y).toBeGreaterThan(h1.y);
  expect(box.y).toBeLessThan(services.y);
});

test('A parent who tells of danger without the usual words sees the panel, and domestic abuse help among the first results', async ({
  page,
  start,
}) => {
  await start('/search/?q=he+broke+my+phone+so+i+couldnt+call+anyone');
  await expect(page.getByRole('region', { name: 'Get help now: domestic abuse' })).toBeVisible();
  // The results follow the panel: the search says it read domestic abuse, and such a service is near the top.
  await expect(page.getByRole('group', { name: 'What we understood' })).toContainText('Domestic abuse');
  const services = page.getByRole('list', { name: 'Services' }).getByRole('listitem');
  await expect(services.first()).toBeVisible();
  expect((await services.allTextContents()).slice(0, 3).join(' | ')).toMatch(/domestic abuse/i);
  await expectNoAxeViolations(page);
});

test('A parent whose words only the word model knows still sees the panel: the page reads the model beside the lists', async ({ page, start }) => {
  // The model is swapped for one that reads "marmalade" as domestic abuse, a word no trigger list holds, so the
  // panel can only come from the page fetching and reading the model (the real one changes with every training).
  await page.route('**/search-signposts-model.json', (route) =>
    route.fulfill({
      json: {
        format: 1,
        trained_on: { examples: 1, danger: 1, fingerprint: 'journey' },
        threshold: 0.7,
        unit: 1,
        features: 'marmalad',
        topics: [{ id: 'domestic-abuse', bias: -2, weights: '0:10' }],
      },
    }),
  );
  await start('/search/?q=marmalade');
  await expect(page.getByRole('region', { name: 'Get help now: domestic abuse' })).toBeVisible();

  // Without the model (it could not be fetched) the lists still work on their own.
  await page.unroute('**/search-signposts-model.json');
  await page.route('**/search-signposts-model.json', (route) => route.fulfill({ status: 503 }));
  await start('/search/?q=marmalade');
  await expect(page.getByRole('status').filter({ hasText: /services? found|no services/i })).toBeVisible();
  await expect(page.locator('[data-signpost]')).toHaveCount(0);
  await start('/search/?q=my+husband+hits+me');
  await expect(page.getByRole('region', { name: 'Get help now: domestic abuse' })).toBeVisible();
});

test('A parent on a slow phone can keep typing while the trigger words load: the page builds them in a worker, off its main thread', async ({
  page,
  start,
}) => {
  const worker = page.waitForEvent('worker', (w) => w.url().includes('signpost-worker'));
  await start('/search/?q=my+husband+hits+me');
  await expect(page.getByRole('region', { name: 'Get help now: domestic abuse' })).toBeVisible();
  // The worker fetched the words itself: the main thread never held them (bench/results.md has the long tasks).
  const fetched = await (await worker).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(fetched.some((url) => url.endsWith('/search-signposts.json'))).toBe(true);
});

test('A parent whose browser cannot start the worker still sees the panel: the page builds the words itself', async ({ page, start }) => {
  // As on a host whose Content-Security-Policy forbids workers: the worker's script never arrives.
  await page.route('**/signpost-worker*.js', (route) => route.fulfill({ status: 404 }));
  await start('/search/?q=my+husband+hits+me');
  await expect(page.getByRole('region', { name: 'Get help now: domestic abuse' })).toBeVisible();
  await start('/search/?q=drama+club');
  await expect(page.getByRole('status').filter({ hasText: /services? found/ })).toBeVisible();
  await expect(page.locator('[data-signpost]')).toHaveCount(0);
});
