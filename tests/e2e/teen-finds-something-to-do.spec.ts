import { expect, test } from './fixtures.ts';

// A 15-year-old on a phone, looking by themselves.
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('A teenager on a phone finds something to do and someone to talk to, made for young people, near the top', async ({ page, start }) => {
  await start('/');
  await page
    .getByRole('link', { name: /I'm a young person/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help for young people');

  // Youth services are listed on the page itself, before anything else: not a list written for parents.
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.slice(0, 2)).toEqual(['Things to do', 'Someone to talk to']);
  const things = page.getByRole('list', { name: 'Things to do' }).getByRole('listitem');
  expect(await things.count()).toBeGreaterThanOrEqual(5);
  // Every one is for teenagers: its ages reach 13 to 17.
  for (const facts of await things.locator('.hint').allInnerTexts()) {
    const [, from, to] = facts.match(/Ages? (\d+)(?: to (\d+))?/) ?? [];
    expect(Number(from), facts).toBeLessThanOrEqual(17);
    expect(Number(to ?? from), facts).toBeGreaterThanOrEqual(13);
  }
  // The first thing to do is within two phone screens of the top.
  const first = things.first().getByRole('link');
  const box = (await first.boundingBox())!;
  expect(box.y).toBeLessThan(2 * 740);

  // Someone to talk to: services a teenager can contact themselves.
  const talk = page.getByRole('list', { name: 'Someone to talk to' }).getByRole('listitem');
  await expect(talk.filter({ hasText: /Teen Talk Drop-in/ })).toHaveCount(1);
  for (const facts of await talk.locator('.hint').allInnerTexts()) expect(facts).toMatch(/Self-referral|Drop in|drop-in/i);

  // More things to do: the youth list, youth services first, in an order the page explains.
  await page.getByRole('link', { name: /See all \d+ things to do/ }).click();
  await expect(page).toHaveURL(/\/needs\/youth\/$/);
  await expect(page.getByText(/Services mainly for this come first/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages of services' })).toBeVisible();

  // Open one: a service page they can act on.
  await first.page().goBack();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('a[href^="tel:"], a[href^="mailto:"], a[href^="sms:"]').first()).toBeVisible();
});
