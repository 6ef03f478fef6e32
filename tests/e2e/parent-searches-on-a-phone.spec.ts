import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/** A small phone: 375 by 667 CSS pixels (an iPhone SE), with a touch screen. */
const PHONE = { width: 375, height: 667 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** Where an element starts, measured from the top of the page (not the screen). */
const pageY = async (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
const resultsHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /services? found$/ });
const cards = (page: Page) => page.getByRole('list', { name: 'Services' }).getByRole('listitem');

/** "0.4 miles away" on each card that has a venue, in the order shown; online services have none. */
async function distances(page: Page): Promise<number[]> {
  const texts = await cards(page)
    .getByText(/miles? away/)
    .allTextContents();
  return texts.map((t) => (/less than 0\.1/.test(t) ? 0 : Number(/([\d.]+) miles? away/.exec(t)![1])));
}

test.describe('A parent searches on a phone', () => {
  test('finds the search box on the first screen, and the nearest results within two screens', async ({ page, start }) => {
    await start('/');
    const box = page.getByLabel('What are you looking for?');
    const where = (await box.boundingBox())!;
    expect(where.y + where.height, 'the search box is on the first screen of a 375 × 667 phone').toBeLessThanOrEqual(PHONE.height);

    await box.fill('parenting');
    await page.getByLabel('Postcode or place (optional)').fill('Bentley');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=parenting&(age=&)?near=Bentley/);
    await expect(resultsHeading(page)).toBeVisible();
    await expectNoAxeViolations(page);

    // Filters are folded on a phone, so the results are not pushed down the page.
    await expect(page.locator('details.more-filters')).not.toHaveAttribute('open', /.*/);
    const firstResult = cards(page).first();
    expect(await pageY(firstResult), 'the first result starts within two screens of the top').toBeLessThan(2 * PHONE.height);

    // A place name works, and the nearest come first without asking.
    await expect(page.getByLabel('Sort by')).toHaveValue('distance');
    const shown = await distances(page);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    await expect(page).toHaveTitle(/services? found for "parenting" near Bentley, page 1 of \d+ - Find help/);

    // The person can ask for the best match instead.
    await page.getByLabel('Sort by').selectOption('relevance');
    await expect(page).toHaveURL(/sort=relevance/);
    await expect(page.getByLabel('Sort by')).toHaveValue('relevance');
  });

  test('after a page change, focus and the screen are on the results heading, and the title says the page', async ({ page, start }) => {
    await start('/search/?q=parenting');
    const heading = resultsHeading(page);
    await expect(heading).toBeVisible();
    // The skip link takes a phone user past the form to the results.
    await page.getByRole('link', { name: 'Skip to results' }).click();
    await expect(heading).toBeFocused();

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page).toHaveTitle(/for "parenting", page 2 of \d+ - Find help/);

    // A new search from the form also moves focus to the results.
    await page.getByLabel('What are you looking for?').fill('swimming');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=swimming/);
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test('a postcode we cannot find is marked on the field, in the summary and in the title', async ({ page, start }) => {
    await start('/search/');
    await page.getByLabel('Postcode or place (optional)').fill('Narnia');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    const field = page.getByLabel('Postcode or place (optional)');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Error: We do not know "Narnia"/);
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: /Narnia/ }).click();
    await expect(field).toBeFocused();
  });

  test('a language named in the search box, in English or in its own name, applies the language filter', async ({ page, start }) => {
    await start('/search/?language=pl');
    await expect(resultsHeading(page)).toBeVisible();
    const inPolish = (await resultsHeading(page).textContent())!;

    for (const typed of ['Polish', 'polski']) {
      await page.goto('/search/');
      await expect(resultsHeading(page)).toBeVisible(); // the island is running
      await page.getByLabel('What are you looking for?').fill(typed);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/language=pl/);
      await expect(page.getByLabel('What are you looking for?')).toHaveValue('');
      await expect(resultsHeading(page)).toHaveText(inPolish);
      // The filters are folded on a phone, so their summary says one is on.
      await expect(page.locator('details.more-filters > summary')).toHaveText('Filter results (1 chosen)');
    }
  });

  test("a paid service's card gives its own prices, not just 'Costs money'", async ({ page, start }) => {
    const costs = (await (await page.request.get('/service-costs.json')).json()) as Record<string, string>;
    const [id, price] = Object.entries(costs)[0]!;
    await start(`/services/${id}/`);
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await page.goto(`/search/?q=${encodeURIComponent(name)}`);
    const card = cards(page).filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(card).toContainText(price);
    await expect(card).not.toContainText('Costs money');
  });
});
