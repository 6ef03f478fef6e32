/**
 * npm run screenshots: the main pages at phone (390×844) and desktop (1280×900) widths, and the shortlist as
 * printed, in Debian's Chromium, against the built site served by `astro preview`. The PNGs are saved in
 * tests/screenshots/output/ and committed, so a change to how the site looks shows in review. Look at them
 * after running. Not part of `npm test`.
 *
 *   npm run build && npm run screenshots
 *   SCREENSHOTS_BASE_URL=http://127.0.0.1:4321 npm run screenshots   # use a site that is already running
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const ROOT = process.cwd();
const OUT = resolve(ROOT, 'tests', 'screenshots', 'output');
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4332);
const SHORTLIST = ['doncaster-family-hubs/stay-and-play-balby', 'doncaster-council-family-hubs/dads-group-bentley', 'doncaster-council-family-hubs/mums-matter-moorends'];

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

interface Shot {
  name: string;
  path: string;
  /** Get the page ready: scroll to what the picture is of, wait for islands. */
  prepare?: (page: Page) => Promise<void>;
  print?: boolean;
  fullPage?: boolean;
}

const SHOTS: Shot[] = [
  { name: 'home', path: '/' },
  {
    name: 'search-with-filters',
    path: '/search/?q=parenting&needs=parenting&free=1',
    prepare: async (page) => {
      await page.getByRole('status').filter({ hasText: /services? found/ }).first().waitFor();
    },
  },
  { name: 'service-page', path: `/services/${SHORTLIST[0]}/` },
  {
    name: 'hubs-map',
    path: '/hubs/',
    // The whole page: the map, its key and the list beside (or under) it.
    fullPage: true,
    prepare: async (page) => {
      await page.locator('.hub-map').scrollIntoViewIfNeeded();
      await page.locator('.hub-map-wrapper[data-state="ready"]').waitFor();
      await page.locator('.hub-map path').first().waitFor();
      await page.waitForTimeout(500);
    },
  },
  {
    name: 'shortlist-printed',
    path: `/shortlist/?ids=${SHORTLIST.join(',')}`,
    print: true,
    fullPage: true,
    prepare: async (page) => {
      await page.getByRole('list', { name: 'Your shortlist' }).waitFor();
    },
  },
];

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The site did not start at ${url} within ${ms / 1000} seconds.`);
}

async function main(): Promise<void> {
  let server: ChildProcess | undefined;
  let base = process.env.SCREENSHOTS_BASE_URL?.replace(/\/$/, '');
  if (!base) {
    if (!existsSync(resolve(ROOT, 'dist', 'index.html'))) {
      console.error('There is no built site in dist/. Run `npm run build` first, then `npm run screenshots`.');
      process.exit(1);
    }
    base = `http://127.0.0.1:${PORT}`;
    server = spawn(resolve(ROOT, 'node_modules', '.bin', 'astro'), ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
    await waitFor(`${base}/`, 30_000);
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const size of WIDTHS) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      // Nothing leaves the machine: anything for another site is refused.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      for (const shot of SHOTS) {
        await page.emulateMedia({ media: shot.print ? 'print' : 'screen' });
        await page.goto(`${base}${shot.path}`, { waitUntil: 'load' });
        await shot.prepare?.(page);
        const file = resolve(OUT, `${shot.name}-${size.name}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
        console.log(`Saved ${file.replace(ROOT + '/', '')}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
