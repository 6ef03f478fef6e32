import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

// A provider with no coding background, on a phone.
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

const ROOT = join(import.meta.dirname, '../..');
const SERVICE = '/services/doncaster-family-hubs/stay-and-play-balby/';

test('A provider follows the footer to a plain guide, finds the Edit this listing route first, and can suggest a change without an account', async ({
  page,
  start,
}) => {
  await start('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Run a service? Add or update your listing' }).click();
  await expect(page).toHaveURL(/\/providers\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keeping your listings up to date');
  await expectNoRepoJargonUnexplained(await page.locator('main').innerText());

  // The "Edit this listing" route comes first: the first step-by-step section is about it.
  const sections = await page.locator('main h2').allInnerTexts();
  expect(sections[0]).toMatch(/Edit this listing/);
  // Every GitHub word is explained in plain English.
  const words = page.getByRole('table').filter({ hasText: 'GitHub says' });
  for (const word of ['Repository', 'Fork', 'Commit changes', 'Pull request', 'Merge', 'YAML'])
    await expect(words.getByRole('row', { name: new RegExp(`^${word}`) })).toBeVisible();
  // Links to other guides go to the files on the repository's website, not to pages that do not exist here.
  for (const href of await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href, href).toMatch(/^(#|https:\/\/|mailto:|tel:|\/)/);
  }

  // The service page has the Edit link the guide describes, and an email route that needs no account.
  await page.goto(SERVICE);
  const box = page.locator('.inset').filter({ has: page.getByRole('heading', { name: 'Is something wrong or out of date?' }) });
  const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  await expect(box.getByRole('link', { name: 'Edit this listing on GitHub (for providers)' })).toHaveAttribute(
    'href',
    /\/edit\/main\/content\/listings\/doncaster-family-hubs\/stay-and-play-balby\.yaml$/,
  );
  const mailto = (await box.getByRole('link', { name: /Email the FIS team about this listing/ }).getAttribute('href'))!;
  const council = readFileSync(join(ROOT, 'content/council.yaml'), 'utf8');
  const email = council.match(/^contact:\n(?: {2}.*\n)*? {2}email: (\S+)/m)![1]!;
  expect(mailto.startsWith(`mailto:${email}?`)).toBe(true);
  const params = new URLSearchParams(mailto.split('?')[1]);
  expect(params.get('subject')).toContain(name);
  expect(params.get('body')).toContain('doncaster-family-hubs/stay-and-play-balby');
  await expect(box.getByRole('link', { name: /Suggest a change on GitHub/ })).toBeVisible();
  await box.getByRole('link', { name: 'How providers update a listing' }).click();
  await expect(page).toHaveURL(/\/providers\/$/);
});

test('CONTRIBUTING.md documents the Edit this listing link first and explains every technical word it uses', () => {
  const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const firstSection = guide.split('\n## ')[1]!;
  expect(firstSection).toMatch(/^The quickest way: "Edit this listing"/);
  expect(guide.indexOf('Edit this listing')).toBeLessThan(guide.indexOf('## Words you will see on GitHub'));
  expectNoRepoJargonUnexplained(guide);
  expect(guide).not.toMatch(/npm run|VS Code|JSON Schema/);
});

/** Each technical word may appear only if the guide also says what it means. */
function expectNoRepoJargonUnexplained(text: string) {
  // Straight or curly quotes: the site's Markdown turns ' and " into typographic ones.
  const explained: Record<string, RegExp> = {
    repository: /Repository\W+The directory.s collection of files/,
    commit: /Commit changes\W+Save your change|GitHub.s word for saving a change/,
    'pull request': /.pull request.\s+is GitHub.s name for a suggested change|Pull request\W+Your suggested change/i,
    merge: /Merge\W+Publish|merge \(publish\)/,
    yaml: /YAML\W+The format of a listing file/,
    fork: /GitHub calls it a .fork.|Fork\W+Your own copy/,
    field: /\(a .field.\)/,
  };
  for (const [word, explanation] of Object.entries(explained)) {
    if (new RegExp(`\\b${word}`, 'i').test(text)) expect(text, `"${word}" is used: it must be explained`).toMatch(explanation);
  }
}
