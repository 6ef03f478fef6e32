import { expect, test } from './fixtures.ts';

test('A parent searches "autism" for a 7-year-old near DN4 0TY and opens a result', async ({ page, start }) => {
  await start('/');
  await page.getByLabel('What are you looking for?').fill('autism');
  await page.getByLabel("Child's age (optional)").fill('7');
  await page.getByLabel('Postcode or place (optional)').fill('DN4 0TY');
  await page.getByRole('button', { name: 'Search' }).click();

  await expect(page).toHaveURL(/\/search\/\?q=autism&age=7&near=DN4\+0TY/);
  const status = page.getByRole('status').filter({ hasText: /services? found/ });
  await expect(status).toHaveText(/^\d+ services? found$/);
  const found = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(found).toBeGreaterThan(0);

  // The urgent help block stays on the page whatever the search.
  await expect(page.getByRole('complementary', { name: 'Urgent help: worried about a child?' })).toBeVisible();

  const results = page.getByRole('list', { name: 'Services' }).getByRole('listitem');
  const first = results.first();
  // Services with a venue say how far away they are; online ones say so.
  await expect(results.filter({ hasText: /miles? away/ }).first()).toBeVisible();
  await expect(first).toContainText('Last checked');
  // Every result is for a 7-year-old.
  for (const text of await results.getByText(/^Ages? /).allTextContents()) {
    const [min, max] = text.match(/[\d.]+/g)!.map(Number);
    expect(min! <= 7 && (max ?? min!) >= 7, text).toBe(true);
  }
  const name = (await first.getByRole('heading').textContent())!;
  await first.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { name: 'How to get help' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contact' })).toBeVisible();
});
