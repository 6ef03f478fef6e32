import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Press Tab until the element is focused, as a keyboard user would (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with the Tab key in ${limit} presses`);
}

test('A keyboard user searches, filters, pages back with the browser and opens a result', async ({ page, start }) => {
  await start('/search/');
  const status = page.getByRole('status').filter({ hasText: /services? found/ });
  await expect(status).toHaveText(/services? found/);

  await tabTo(page, '#f-q');
  await page.keyboard.type('parenting course');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=parenting\+course/);
  // The results for these words are in when focus moves to their heading (GOV.UK's pattern): the count is read
  // then, not as the URL changes, when the status may still show the whole directory (a flaky run read 310, not 202).
  await expect(page.locator('#results-heading')).toBeFocused();
  const before = await status.textContent();

  // A filter from the keyboard: Space ticks the checkbox; results and the URL follow.
  // Focus went to the results: Tab goes on through them, what every results page offers after them (urgent
  // help, matching needs, the FIS contact) and the footer, then round to the filters.
  await tabTo(page, '#f-free', 140);
  await page.keyboard.press('Space');
  await expect(page.locator('#f-free')).toBeChecked();
  await expect(page).toHaveURL(/free=1/);
  await expect(status).toHaveText(/services? found/);

  await tabTo(page, '#f-day');
  await page.keyboard.press('ArrowDown'); // Monday
  await expect(page).toHaveURL(/day=monday/);

  // Back undoes the last filter, like any other page.
  await page.goBack();
  await expect(page).not.toHaveURL(/day=/);
  await expect(page.locator('#f-day')).toHaveValue('');
  await page.goBack();
  await expect(page.locator('#f-free')).not.toBeChecked();
  await expect(status).toHaveText(before!);

  // Into a result with the keyboard.
  const firstLink = page.getByRole('list', { name: 'Services' }).getByRole('heading').first().getByRole('link');
  const name = (await firstLink.textContent())!;
  await firstLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('A keyboard user who filters too far is told which filter to remove', async ({ page, start }) => {
  await start('/search/?q=autism&language=ti&day=sunday');
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText('No services found');
  const help = page.getByRole('link', { name: /^Remove ".*" to see \d+ services?$/ }).first();
  await expect(help).toBeVisible();
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText(/^[1-9]\d* services? found$/);
});
