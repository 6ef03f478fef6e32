import { expect, QUICK_EXIT_TARGET, test } from './fixtures.ts';

test.describe('A parent who is being watched leaves the site quickly', () => {
  test('selects "Leave this site" and Back does not return to the directory', async ({ page, start }) => {
    await page.goto('/about/');
    await start('/urgent-help/');
    await page.getByRole('link', { name: 'Leave this site' }).first().click();
    await expect(page).toHaveURL(QUICK_EXIT_TARGET);
    // location.replace swapped the history entry: Back goes to the page before, not the urgent help page.
    await page.goBack();
    await expect(page).not.toHaveURL(/urgent-help/);
  });

  test('presses Shift 3 times from anywhere on the page', async ({ page, start }) => {
    await start('/');
    await page.getByLabel('What are you looking for?').fill('domestic abuse');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(QUICK_EXIT_TARGET);
  });

  test('reaches the button first with the Tab key and leaves with Enter', async ({ page, start }) => {
    await start('/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Leave this site' }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(QUICK_EXIT_TARGET);
  });
});

test('On domestic abuse pages the way out is explained and shown large', async ({ page, start }) => {
  await start('/needs/domestic-abuse/');
  const panel = page.locator('.quick-exit--prominent');
  await expect(panel).toContainText('press the Shift key 3 times');
  await panel.getByRole('link', { name: 'Leave this site' }).click();
  await expect(page).toHaveURL(QUICK_EXIT_TARGET);
});
