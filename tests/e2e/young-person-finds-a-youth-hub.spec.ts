import { expect, test } from './fixtures.ts';

test('A young person finds a Youth Hub and something to do there', async ({ page, start }) => {
  await start('/');
  await page
    .getByRole('link', { name: /I'm a young person/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help for young people');

  // Both Youth Hubs are listed, with where they are and when they are open.
  await expect(page.getByRole('heading', { name: 'Youth Hubs', level: 2 })).toBeVisible();
  const hubs = page.getByRole('list', { name: 'Youth Hubs' }).getByRole('heading', { level: 3 });
  await expect(hubs).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Tom Hill Youth Hub', exact: true })).toHaveAttribute('href', '/hubs/tom-hill-youth-hub/');
  await expect(page.getByText(/Monday to Friday, 3:30pm to 9pm/).first()).toBeVisible();

  // Activities for young people, then one that happens at a Youth Hub.
  // The young people's page lists youth services itself; "see all" opens the whole youth list.
  await page.getByRole('link', { name: /See all \d+ things to do/ }).click();
  await expect(page).toHaveURL(/\/needs\/youth\/$/);
  const atHub = page
    .getByRole('listitem')
    .filter({ hasText: /Youth Hub/ })
    .first();
  await expect(atHub).toBeVisible();
  await atHub.getByRole('heading').getByRole('link').click();
  await expect(page.getByText('Youth Hub', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Youth Hub$/ }).first()).toHaveAttribute('href', /^\/hubs\/.*-youth-hub\/$/);
});
