/**
 * npm run lighthouse: Lighthouse's accessibility and best-practices scores for the main pages, and how each does on
 * a simulated phone (performance, blocking time, paint, layout shift), in Debian's
 * Chromium, against the built site served by `astro preview`; writes bench/lighthouse.md. Not part of
 * `npm test` (it takes a minute or two and measures rather than checks).
 *
 *   npm run build && npm run lighthouse
 *   LIGHTHOUSE_BASE_URL=http://127.0.0.1:4321 npm run lighthouse   # measure a site that is already running
 *
 * CHROMIUM_PATH: the Chromium to use (default /usr/bin/chromium), the same variable the browser tests read.
 * LIGHTHOUSE_PORT: the port for `astro preview` when no LIGHTHOUSE_BASE_URL is given (default 4331).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';
import { lighthouseMarkdown, meetsGoals, toPercent, type PageScores } from './lighthouse-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'bench', 'lighthouse.md');

export const USAGE = `Lighthouse's accessibility, best-practices and phone performance figures for the main pages; writes bench/lighthouse.md.

  npm run build && npm run lighthouse
  LIGHTHOUSE_BASE_URL=http://127.0.0.1:4321 npm run lighthouse   measure a site that is already running
  CHROMIUM_PATH=/path/to/chromium                                the browser (default /usr/bin/chromium)
  LIGHTHOUSE_PORT=4331                                           the port for astro preview`;

const PAGES = [
  { name: 'Home', path: '/' },
  { name: 'Search', path: '/search/?q=parenting&needs=parenting' },
  // Words that show an urgent-help panel: the page also builds the trigger words' matcher (in a worker, ADR 17).
  { name: 'Search, urgent words', path: '/search/?q=my+husband+hits+me' },
  { name: 'Service page', path: '/services/doncaster-family-hubs/stay-and-play-balby/' },
  { name: 'Family Hubs map', path: '/hubs/' },
  { name: 'Shortlist', path: '/shortlist/' },
  { name: 'Hub page', path: '/hubs/tom-hill-youth-hub/' },
  { name: 'Area profile', path: '/localities/north/' },
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

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === 'number') return args;
  const CHROMIUM_PATH = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const PORT = Number(env.LIGHTHOUSE_PORT ?? 4331);
  if (!existsSync(CHROMIUM_PATH)) {
    io.err(`Chromium is not at ${CHROMIUM_PATH}. Install Debian's chromium package, or set CHROMIUM_PATH.`);
    return 1;
  }
  let server: ChildProcess | undefined;
  let base = env.LIGHTHOUSE_BASE_URL?.replace(/\/$/, '');
  if (!base) {
    if (!existsSync(resolve(ROOT, 'dist', 'index.html'))) {
      io.err('There is no built site in dist/. Run `npm run build` first, then `npm run lighthouse`.');
      return 1;
    }
    base = `http://127.0.0.1:${PORT}`;
    server = spawn(resolve(ROOT, 'node_modules', '.bin', 'astro'), ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
    await waitFor(`${base}/`, 30_000);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: PageScores[] = [];
  try {
    for (const page of PAGES) {
      const run = await lighthouse(`${base}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'best-practices', 'performance'],
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${page.path}`);
      const { lhr } = run;
      const failing = (['accessibility', 'best-practices'] as const).flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 1)
          .map((a) => `${id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`),
      );
      const scores: PageScores = {
        ...page,
        accessibility: toPercent(lhr.categories.accessibility?.score),
        bestPractices: toPercent(lhr.categories['best-practices']?.score),
        failing,
        phone: {
          performance: toPercent(lhr.categories.performance?.score),
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
        },
      };
      results.push(scores);
      io.out(
        `${page.name.padEnd(20)} accessibility ${String(scores.accessibility).padStart(3)}  best practices ${String(scores.bestPractices).padStart(3)}  phone ${String(scores.phone?.performance).padStart(3)}${failing.length ? `\n  ${failing.join('\n  ')}` : ''}`,
      );
    }
  } finally {
    await chrome.kill();
    server?.kill();
  }
  const version = JSON.parse(readFileSync(resolve(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version as string;
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  writeFileSync(OUT, lighthouseMarkdown(results, { date: new Date().toISOString().slice(0, 10), lighthouse: version, chromium }));
  io.out(`\nWrote ${OUT.replace(`${ROOT}/`, '')}.`);
  const missed = results.filter((r) => !meetsGoals(r));
  if (missed.length > 0) io.out(`Below the goal: ${missed.map((r) => r.name).join(', ')}.`);
  return 0;
}

await runMain(import.meta, main);
