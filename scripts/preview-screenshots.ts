/**
 * npm run pr-preview -- --base <commit> [--out preview] [--pr N] [--skip-build] [--limit 20]
 *
 * What a provider's pull request will look like: finds the content files changed since --base, checks them
 * with the validator, builds the site, screenshots each changed service page (phone and desktop) in Chromium,
 * and writes the pull-request comment to <out>/comment.md beside the screenshots. The preview workflow
 * uploads that folder; a second workflow posts the comment (.github/workflows/preview*.yml). Run it locally
 * the same way, e.g. `npm run pr-preview -- --base origin/main`.
 * Exit 0 when the comment was written (even if the checks found problems: the comment says so), 1 otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { runValidation } from '../content/lib/run-validation.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { commentMarkdown, parseNameStatus, planPreview, servicePath, type ShotPage } from './preview/plan.ts';
import { serveStatic } from './preview/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const VIEWPORTS = [
  { label: 'phone', width: 390, height: 844 },
  { label: 'desktop', width: 1280, height: 900 },
] as const;

export const USAGE = `What a provider's pull request will look like: screenshots of each changed service page and the comment.

  npm run pr-preview -- --base <commit>     compare with this commit (locally: origin/main or main)
  --out <folder>                            where to write comment.md and the screenshots (default: preview)
  --pr <number>                             the pull request, written to <out>/pr-number for the comment workflow
  --limit <n>                               at most this many pages (default 20)
  --skip-build                              use the site already built in dist/
  CHROMIUM_PATH=<file>                      the browser (default /usr/bin/chromium)`;

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const args = parseCli(
    argv,
    {
      base: { type: 'string' },
      out: { type: 'string', default: 'preview' },
      pr: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      limit: { type: 'string', default: '20' },
    },
    USAGE,
    io,
  );
  if (typeof args === 'number') return args;
  const { values } = args;
  if (!values.base) {
    io.err(`Give the commit to compare with: npm run pr-preview -- --base origin/main (in a pull request, its base commit).\n\n${USAGE}`);
    return 2;
  }
  if (values.pr !== undefined && !/^\d+$/.test(values.pr)) {
    io.err(`--pr is the pull request number; it was "${values.pr}".`);
    return 2;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    io.err(`--limit is how many pages to show, a whole number of at least 1; it was "${values.limit}".`);
    return 2;
  }
  const out = resolve(root, values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // Three dots: only what this branch changed since it left the base, not what the base gained meanwhile.
  const diff = execFileSync('git', ['diff', '--name-status', '--find-renames', `${values.base}...HEAD`, '--', 'content'], {
    cwd: root,
    encoding: 'utf8',
  });
  const plan = planPreview(parseNameStatus(diff));
  io.err(`Changed: ${plan.listings.length} listing(s), ${plan.removed.length} removed, ${plan.other.length} other content file(s).`);

  // Shared files (vocabularies, council settings) can break any listing, so then everything is checked.
  const validation = runValidation({ root, paths: plan.other.length > 0 ? [] : plan.listings.map((f) => join(root, f)) });
  const ok = validation.exitCode === 0;
  const byFile = new Map((validation.directory?.listings ?? []).map((l) => [l.file, l]));
  const shown = plan.listings.filter((f) => byFile.has(f)).slice(0, limit);
  const notShown = plan.listings.filter((f) => !shown.includes(f));
  const pages: ShotPage[] = [];

  if (ok && shown.length > 0) {
    if (!values['skip-build']) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
      if (build.status !== 0) {
        io.err('The site did not build, so there are no screenshots. The build output above says why.');
        return 1;
      }
    }
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'index.html'))) {
      io.err('There is no built site in dist/: run without --skip-build.');
      return 1;
    }
    const server = await serveStatic(dist);
    const browser = await chromium.launch({
      executablePath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      for (const file of shown) {
        const loaded = byFile.get(file)!;
        const path = servicePath(loaded.id);
        const shots: string[] = [];
        for (const vp of VIEWPORTS) {
          const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
          const res = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          if (!res?.ok()) throw new Error(`${path} answered ${res?.status() ?? 'nothing'}: the built site has no page for ${file}.`);
          const name = `${loaded.id.replaceAll('/', '__')}--${vp.label}.png`;
          await page.screenshot({ path: join(out, name), fullPage: true });
          await page.close();
          shots.push(name);
        }
        pages.push({ id: loaded.id, name: loaded.listing.name, path, shots });
        io.err(`  ${path}: ${shots.join(', ')}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }

  writeFileSync(join(out, 'comment.md'), commentMarkdown({ plan, pages, notShown, validation: { ok, report: validation.output } }));
  if (values.pr !== undefined) writeFileSync(join(out, 'pr-number'), `${values.pr}\n`);
  io.out(`Wrote ${join(values.out, 'comment.md')}${pages.length > 0 ? ` and ${pages.length * VIEWPORTS.length} screenshots` : ''}.`);
  return 0;
}

await runMain(import.meta, main);
