import { expect, test } from './fixtures.ts';

// Commissioners read reports on locked-down council laptops: everything here must work without JavaScript.
test.use({ javaScriptEnabled: false });

test('A commissioner reads the coverage report, checks a figure against search and downloads the figures', async ({ page, start, request }) => {
  // A long page (a table for each locality): axe needs longer than most journeys on a busy machine.
  test.setTimeout(180_000);
  await start('/reports/coverage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coverage of services by need and area');

  // A real table with headers: one column per locality, one row per need.
  const table = page.getByRole('table', { name: /Number of active services for each need in each locality/ });
  for (const locality of ['North', 'East', 'South', 'Central']) await expect(table.getByRole('columnheader', { name: locality })).toBeVisible();
  const row = table.getByRole('row', { name: /^Parenting support/ });
  const cell = row.getByRole('link', { name: /services? for Parenting support in North/ });
  const figure = Number((await cell.innerText()).match(/^\d+/)![0]);

  // The CSV download carries the same figure.
  const csv = await (await request.get('/reports/coverage/coverage.csv')).text();
  const csvRow = csv.split('\r\n').find((l) => l.startsWith('parenting,Parenting support,north,North,'))!;
  expect(Number(csvRow.split(',')[4])).toBe(figure);
  const json = await (await request.get('/reports/coverage/coverage.json')).json();
  expect(json.cells.find((c: { need: string; locality: string }) => c.need === 'parenting' && c.locality === 'north').services).toBe(figure);

  // Each figure links to the same search, so the services behind it are one click away.
  await cell.click();
  await expect(page).toHaveURL(/\/search\/\?needs=parenting&locality=north$/);
});

test('The FIS team reads the freshness dashboard: figures, a chart with a table alternative, and downloads', async ({ page, start, request }) => {
  await start('/reports/freshness/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How up to date the listings are');
  const report = await (await request.get('/reports/freshness/freshness.json')).json();
  const pct = (p: number) => `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
  await expect(
    page.getByText(
      `of listings were checked within their interval (${report.listingsWithinInterval.count} of ${report.listingsWithinInterval.total})`,
    ),
  ).toBeVisible();
  await expect(page.locator('.freshness-figure__number').first()).toHaveText(pct(report.listingsWithinInterval.percent));
  // The chart is an image with a text description, and its figures are in a table too.
  await expect(page.getByRole('img', { name: 'Listings by review state' })).toBeVisible();
  const states = page.getByRole('table', { name: /Listings by review state/ });
  await expect(states.getByRole('row', { name: /Overdue \(still in search\)/ })).toContainText(String(report.totals.overdue));
  expect((await request.get('/reports/freshness/freshness.csv')).ok()).toBe(true);
});

test('A data officer finds the reports and the Open Referral UK feed from the reports page', async ({ page, start, request }) => {
  await start('/reports/');
  await expect(page.getByRole('link', { name: 'Coverage of services by need and area' })).toHaveAttribute('href', '/reports/coverage/');
  await expect(page.getByRole('link', { name: 'How up to date the listings are' })).toHaveAttribute('href', '/reports/freshness/');
  await expect(page.getByRole('link', { name: 'Open Referral UK 3.0 data feed' })).toHaveAttribute('href', '/oruk/index.json');
  const index = await (await request.get('/oruk/index.json')).json();
  expect(index.version).toBe('3.0');
  const services = await (await request.get('/oruk/services/index.json')).json();
  expect(services).toMatchObject({ page_number: 1, first_page: true });
  expect(services.total_items).toBeGreaterThan(0);
  const first = await request.get(`/oruk/services/${services.contents[0].id}.json`);
  expect((await first.json()).id).toBe(services.contents[0].id);
});
