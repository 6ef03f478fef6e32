import { expect, test } from './fixtures.ts';

// A commissioner on a phone, on a council laptop's locked-down browser later: no JavaScript needed.
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, javaScriptEnabled: false });

test('A commissioner on a phone reads the gaps by name, sees local and borough-wide provision apart, and a shading that separates the cells', async ({
  page,
  start,
  request,
}) => {
  test.setTimeout(180_000); // a long page: axe takes a while on a busy machine
  await start('/reports/coverage/');
  const json = await (await request.get('/reports/coverage/coverage.json')).json();
  const needs = json.needs as { id: string; label: string; ages: { min: number; max: number } }[];
  const gaps = json.gaps as { kind: string; need: string; locality: string; band?: string; description: string }[];
  const bands = json.definitions.age_bands as { id: string; label: string; min: number; max: number }[];

  // Gaps at a glance are named (need and localities), not four bare counts.
  const lines = await page.locator('section[aria-labelledby^="glance-"] li').allInnerTexts();
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(new RegExp(`^(${needs.map((n) => n.label.replace(/[()]/g, '\\$&')).join('|')})(:| in )`));
  for (const g of gaps) expect(lines.join('\n')).toContain(needs.find((n) => n.id === g.need)!.label);

  // No implausible gap: every age-band gap is within its need's declared ages.
  for (const g of gaps.filter((x) => x.kind === 'age-band')) {
    const band = bands.find((b) => b.id === g.band)!;
    const { ages } = needs.find((n) => n.id === g.need)!;
    expect(band.min <= ages.max && band.max >= ages.min, g.description).toBe(true);
  }
  expect(gaps.some((g) => g.need === 'childcare-early-learning' && g.band === '16-19')).toBe(false);
  expect(gaps.some((g) => g.need === 'youth' && g.band === '0-4')).toBe(false);

  // Local and borough-wide provision apart in every cell, and the total still matches search.
  const table = page.getByRole('table', { name: /Number of active services for each need in each locality/ });
  const row = table.getByRole('row', { name: /^Parenting support/ });
  const north = json.cells.find((c: { need: string; locality: string }) => c.need === 'parenting' && c.locality === 'north');
  const cell = row.getByRole('cell').first();
  await expect(cell).toContainText(`${north.local} aimed here`);
  await expect(cell).toContainText(`${north.boroughWide} borough-wide`);
  await expect(cell.getByRole('link', { name: /services? for Parenting support in North/ })).toContainText(String(north.services));

  // The shading separates the cells: at least four shades in use, none holding most of the cells.
  const shades = await table.locator('td[class*="heat-"]').evaluateAll((tds) => tds.map((td) => td.className.match(/heat-\d/)![0]));
  const perShade = new Map<string, number>();
  for (const s of shades) perShade.set(s, (perShade.get(s) ?? 0) + 1);
  expect(perShade.size).toBeGreaterThanOrEqual(4);
  expect(Math.max(...perShade.values())).toBeLessThan(shades.length / 2);

  // Labels fit: no need name is cut off or spills out of its cell at 375 px.
  const spill = await table
    .locator('th[scope="row"]')
    .evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
  expect(spill).toEqual([]);
  // Wide tables scroll inside their own box; the page itself never scrolls sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const ellipsis = await page.locator('main').innerText();
  expect(ellipsis).not.toContain('…');

  // The freshness dashboard: one line per organisation name, labels in full, no repository words.
  await page.goto('/reports/freshness/');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/content\/listings|repository|folder|npm run|YAML/i);
  const orgHeadings = await page.locator('main h3').allInnerTexts();
  expect(new Set(orgHeadings).size).toBe(orgHeadings.length);
  expect(text).not.toContain('…');
});
