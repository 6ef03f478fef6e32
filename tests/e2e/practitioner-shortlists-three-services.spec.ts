import { expect, test } from './fixtures.ts';

test('A practitioner shortlists three services, shares the link and it opens the same list in a fresh browser', async ({ page, start, browser }) => {
  await start('/practitioners/');
  await page.goto('/search/?needs=parenting');
  const results = page.getByRole('list', { name: 'Services' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    const card = results.nth(i);
    names.push((await card.getByRole('heading').textContent())!.trim());
    await card.getByRole('button', { name: /Add to shortlist/ }).click();
    await expect(card.getByRole('button', { name: /Remove from shortlist/ })).toBeVisible();
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shortlist' }).click();
  const list = page.getByRole('list', { name: 'Your shortlist' }).getByRole('heading', { level: 2 });
  await expect(list).toHaveText(names);

  // Email: names, phone numbers and links, ready to send.
  const mailto = decodeURIComponent((await page.getByRole('link', { name: 'Send by email' }).getAttribute('href'))!);
  for (const name of names) expect(mailto).toContain(name);
  expect(mailto).toMatch(/Phone: 0\d{3,4} \d{3}/);

  const shareUrl = await page.getByLabel(/Copy this link/).inputValue();
  expect(shareUrl).toMatch(/\/shortlist\/\?ids=/);

  // A fresh browser has nothing stored: the link alone carries the list.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shareUrl);
  // A shared list reads as shared with you, not as your own shortlist.
  await expect(other.getByRole('list', { name: 'Services shared with you' }).getByRole('heading', { level: 2 })).toHaveText(names);
  await expect(other.getByText('Someone shared this list with you.')).toBeVisible();
  await fresh.close();
});
