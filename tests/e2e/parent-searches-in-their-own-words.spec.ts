import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('A parent types what is happening in their own words, sees what the search understood, and undoes a part', async ({ page, start }) => {
  await start('/');
  await page.getByLabel('What are you looking for?').fill("my 13 year old won't go to school and is anxious");
  await page.getByRole('button', { name: 'Search' }).click();

  const understood = page.getByRole('group', { name: 'What we understood' });
  await expect(understood).toContainText('Showing services for: age 13');
  await expect(understood).toContainText('School, attendance and learning');
  const status = page.getByRole('status').filter({ hasText: /services? found/ });
  await expect(status).toHaveText(/^\d+ services? found$/);
  // The school attendance service is near the top, not pushed down by the words "13 year old".
  const names = page.getByRole('list', { name: 'Services' }).getByRole('listitem').getByRole('heading');
  await expect(names.first()).toBeVisible();
  expect((await names.allTextContents()).slice(0, 5).join(' | ')).toMatch(/attendance/i);
  await expectNoAxeViolations(page);

  // Undo the age: a real link, and the URL says what was undone.
  const undoAge = understood.getByRole('link', { name: 'Undo "age 13": search without it' });
  await expect(undoAge).toHaveAttribute('href', /undo=age/);
  await undoAge.click();
  await expect(page).toHaveURL(/undo=age/);
  await expect(understood).not.toContainText('age 13');
  await expect(understood).toContainText('School, attendance and learning');
});

test('A search whose words find nothing with the need says what it did instead of showing nothing', async ({ page, start }) => {
  await start('/search/?q=husband+drinks+too+much');
  await expect(page.getByRole('group', { name: 'What we understood' })).toContainText('Drugs and alcohol');
  await expect(page.getByText(/so these match|so these are every/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /services? found/ })).not.toHaveText('No services found');
});

test('A parent whose words match no everyday phrase sees the need the search guessed, said as a guess, and can undo it', async ({ page, start }) => {
  await start('/search/?q=need+to+sort+the+birth+certificate+for+my+little+one');
  const understood = page.getByRole('group', { name: 'What we understood' });
  await expect(understood).toContainText('Pregnancy, birth and your baby (our best guess)');
  await expect(page.getByRole('status').filter({ hasText: /services? found/ })).toHaveText(/^\d+ services? found$/);
  await expectNoAxeViolations(page);

  const undo = understood.getByRole('link', { name: /^Undo "Pregnancy, birth and your baby \(our best guess\)"/ });
  await expect(undo).toHaveAttribute('href', /undo=need%3Apregnancy-baby|undo=need:pregnancy-baby/);
  await undo.click();
  await expect(page).toHaveURL(/undo=need/);
  await expect(page.getByRole('group', { name: 'What we understood' })).toHaveCount(0);
});

test('A parent looking for something to do this weekend sees services open on Saturday or Sunday, and can choose the weekend in the filters', async ({
  page,
  start,
}) => {
  await start('/search/?q=things+to+do+this+weekend');
  const understood = page.getByRole('group', { name: 'What we understood' });
  await expect(understood).toContainText('open on Saturday or Sunday');
  await expect(page.getByRole('status').filter({ hasText: /services? found/ })).toHaveText(/^\d+ services? found$/);
  const names = page.getByRole('list', { name: 'Services' }).getByRole('listitem').getByRole('heading');
  await expect(names.first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The same as a filter: the day list offers the weekend, without a count (a service open both days is one).
  await start('/search/?day=weekend');
  await expect(page.getByRole('combobox', { name: 'Open on' })).toHaveValue('weekend');
  await expect(page.getByRole('option', { name: 'Saturday or Sunday' })).toHaveCount(1);
});
