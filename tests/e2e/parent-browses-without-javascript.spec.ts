import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('A parent without JavaScript browses by need and area to a service they can call', async ({ page, start }) => {
  await start('/');
  await page.getByRole('link', { name: /Special educational needs and disabilities/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Special educational needs and disabilities (SEND)');
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ services?$/ })).toBeVisible();

  await page.getByRole('link', { name: 'North Doncaster' }).click();
  await expect(page).toHaveURL(/\/needs\/send\/north\/$/);
  const card = page.locator('.result').first();
  // Each card says who it is for, what it costs and how to get help, without any script.
  await expect(card).toContainText(/Ages? \d/);
  // What it costs: "Free", or the service's own prices.
  await expect(card.locator('dt:text-is("Cost") + dd')).toHaveText(/\S/);
  await expect(card).toContainText('How to get help');
  // The shortlist button needs JavaScript, so it stays hidden.
  await expect(card.getByRole('button')).toBeHidden();

  await card.getByRole('heading').getByRole('link').click();
  await expect(page.locator('a[href^="tel:"], a[href^="mailto:"]').first()).toBeVisible();
});

test('The search page without JavaScript explains itself and offers the need-led path', async ({ page, start }) => {
  await start('/search/?q=autism');
  await expect(page.getByText(/Results appear here as you search, which needs JavaScript/)).toBeVisible();
  await page
    .getByRole('link', { name: /Parenting support/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/needs\/parenting\/$/);
});
