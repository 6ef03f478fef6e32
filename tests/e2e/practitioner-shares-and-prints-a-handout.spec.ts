import { expect, test } from './fixtures.ts';

// A health visitor on a phone between visits.
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

/** Pages in a PDF: each page object is "/Type /Page" (the page tree is "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('A practitioner shortlists three services, the family opens the link as a list shared with them, saves it, and it prints on one A4 page', async ({
  page,
  start,
  browser,
  baseURL,
}) => {
  await start('/needs/parenting/');
  const cards = page.getByRole('list', { name: 'Parenting support' }).getByRole('listitem');
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    const card = cards.nth(i);
    names.push((await card.getByRole('heading').innerText()).trim());
    await card.getByRole('button', { name: /Add to shortlist/ }).click();
    await expect(card.getByRole('button', { name: /Remove from shortlist/ })).toBeVisible();
  }
  await page.goto('/shortlist/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your shortlist');
  await expect(page.getByRole('list', { name: 'Your shortlist' }).getByRole('heading', { level: 2 })).toHaveText(names);
  const shareUrl = await page.getByLabel(/Copy this link/).inputValue();

  // The family's phone: nothing stored. The list reads as shared with them, not as their own.
  const fresh = await browser.newContext({ baseURL, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const family = await fresh.newPage();
  await family.goto(shareUrl);
  await expect(family.getByRole('heading', { level: 1 })).toHaveText('Services shared with you');
  await expect(family).toHaveTitle(/^Services shared with you/);
  await expect(family.getByText(/saved on this device/)).toHaveCount(0);
  const shared = family.getByRole('list', { name: 'Services shared with you' });
  await expect(shared.getByRole('heading', { level: 2 })).toHaveText(names);
  await expect(shared.getByRole('button', { name: /Remove/ })).toHaveCount(0);

  // They keep it: saved on their device, and their own shortlist now has the three.
  await family.getByRole('button', { name: 'Save these to my shortlist' }).click();
  await expect(family.getByRole('status').filter({ hasText: /Saved\. These 3 services are now on your shortlist/ })).toBeVisible();
  await family.getByRole('link', { name: 'Open your shortlist' }).click();
  await expect(family.getByRole('heading', { level: 1 })).toHaveText('Your shortlist');
  await expect(family.getByRole('list', { name: 'Your shortlist' }).getByRole('heading', { level: 2 })).toHaveText(names);

  // The handout: these three print on one A4 page.
  await family.emulateMedia({ media: 'print' });
  expect(pdfPages(await family.pdf({ format: 'A4' })), 'pages for the three chosen services').toBe(1);
  await fresh.close();

  // So do the three longest entries in the whole directory: a handout of any three fits on one page.
  const data = (await (await page.request.get('/shortlist-data.json')).json()) as Record<string, Record<string, string>>;
  const longest = Object.values(data)
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)
    .slice(0, 3)
    .map((e) => e.id!);
  await page.goto(`/shortlist/?ids=${longest.join(',')}`);
  await expect(page.getByRole('list', { name: 'Services shared with you' }).getByRole('listitem')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  expect(pdfPages(await page.pdf({ format: 'A4' })), `pages for ${longest.join(', ')}`).toBe(1);
});
