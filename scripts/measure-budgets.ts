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
import { loadEmbeddedIndex } from '../site/lib/search/embedded-index.ts';
import { moduleClosure, pageType, scriptsOf } from './budgets.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

const KB = 1024;
/** Gzip size as a host serving at the highest level sends it: the budgets, and the benchmark of the urgent-help matcher. */
export const gzipBytes = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
/**
 * About seven seconds on a slow 3G phone connection (~75 KB/s), fetched once, as the search page starts, and then
 * cached. The page shows the general urgent-help block (every helpline) while they load, so a slow connection
 * delays only the panel for the words typed; `npm run bench` measures what the page then spends building and
 * running the matcher. Set at 150 KB when the words were 115 KB and raised with most rounds of families' wordings
 * since, each time for a measured reason: what each raise bought, the words' size after each round, the smaller
 * file tried first (packed, each word once: signpost-pack.ts) and what was looked for and not found are in ADR 13
 * (docs/decisions/0013-urgent-help-signposts.md: Consequences, and each round's section). Now 531 KB, raised for
 * round 61 (7 December 2026), which took the words from 528.5 to 529.4 KB: 44 classes of everyday search (school,
 * food and the kitchen, neighbours) that showed a panel, each guarded with danger twins, and five kinds of danger
 * that guards had hidden (a son who "kicks off" and hits, a lost child with no "key", fleeing home tonight "for
 * work", an injured child who names the adult, kitchen knives taken "to cut herself"). Before that 529 KB, for
 * round 50's eight blind batches.
 * The matcher is built in a Web Worker (ADR 17), so their size is download time, no longer time the page cannot
 * answer a tap.
 */
const SIGNPOSTS_MAX_GZIP = 531 * 1024;
/**
 * The urgent-help word model (/search-signposts-model.json), fetched beside the trigger words. 40 KB: 33.4 KB when
 * it came (3 December 2026, 5,827 features), where it found 33 more of the held-out half's danger searches than the
 * lists alone, which no 40 KB of trigger words had done. The trainer keeps it there (npm run safety:train drops the
 * smallest weights until the stored model fits, scripts/train-signpost-model.ts). 56 KB from 6 December 2026: with its
 * threshold stricter, cross-validated on the tuning half, a 56 KB model finds more danger searches than a 40 KB one
 * for fewer everyday alarms (ADR 13, round 44).
 */
export const SIGNPOSTS_MODEL_MAX_GZIP = 56 * 1024;

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
    const jsGzip = modules.reduce((n, u) => n + gzipBytes(readDist(u) ?? ''), 0) + inline.reduce((n, s) => n + gzipBytes(s), 0);
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
  const signpostsGz = gzipBytes(readFileSync(join(dist, 'search-signposts.json')));
  if (signpostsGz > SIGNPOSTS_MAX_GZIP)
    failures.push(`/search-signposts.json: ${fmt(signpostsGz)} gzip is over the budget for the urgent-help words (${fmt(SIGNPOSTS_MAX_GZIP)})`);
  const modelGz = gzipBytes(readFileSync(join(dist, 'search-signposts-model.json')));
  if (modelGz > SIGNPOSTS_MODEL_MAX_GZIP)
    failures.push(
      `/search-signposts-model.json: ${fmt(modelGz)} gzip is over the budget for the urgent-help word model (${fmt(SIGNPOSTS_MODEL_MAX_GZIP)})`,
    );
  // What query understanding knows (need phrases, places, word forms, the need guess): loaded on the first search.
  const understandingFile = join(dist, 'search-understanding.json');
  const understandingGz = existsSync(understandingFile) ? gzipBytes(readFileSync(understandingFile)) : undefined;
  const postcodeFiles = existsSync(join(dist, 'postcodes')) ? readdirSync(join(dist, 'postcodes')).filter((f) => f.endsWith('.json')) : [];
  const postcodeGz = postcodeFiles.map((f) => gzipBytes(readFileSync(join(dist, 'postcodes', f))));
  // Read through the engine's own loader, so the figures follow the index format wherever it goes.
  const listings = loadEmbeddedIndex(indexRaw.toString()).docs;
  const services = new Set(listings.map((d) => d.serviceId)).size;
  const modules = [...new Set(pages.flatMap((p) => p.modules))];
  const lazy = modules.flatMap((u) => [...(readDist(u) ?? '').matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!));
  // Web Workers run off the page's main thread, started by the page (the urgent-help matcher, ADR 17).
  const workers = modules.flatMap((u) => [...(readDist(u) ?? '').matchAll(/new Worker\(\s*new URL\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!));
  const workerGz = [...new Set(workers)].map((w) => `\`${w.replace(/^.*\//, './')}\` (${fmt(gzipBytes(readDist(w) ?? ''))} gzip)`);

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

- Embedded search index (/search-index.json, ${services} services, ${listings.length} documents): ${fmt(indexRaw.length)} raw, ${fmt(gzipBytes(indexRaw))} gzip. Loaded by the search page after its JavaScript.
- Urgent-help trigger words (/search-signposts.json): ${fmt(signpostsGz)} gzip, budget ${fmt(SIGNPOSTS_MAX_GZIP)}: ${signpostsGz > SIGNPOSTS_MAX_GZIP ? '**over budget**' : 'within budget'}. Fetched as the search page starts, before the first panel can show.
- Urgent-help word model (/search-signposts-model.json): ${fmt(modelGz)} gzip, budget ${fmt(SIGNPOSTS_MODEL_MAX_GZIP)}: ${modelGz > SIGNPOSTS_MODEL_MAX_GZIP ? '**over budget**' : 'within budget'}. Fetched beside the trigger words.
${understandingGz === undefined ? '' : `- Query understanding (/search-understanding.json: need phrases, places, word forms, the need guess): ${fmt(understandingGz)} gzip. Loaded on the first search, whichever engine answers.\n`}- Postcode districts (/postcodes/<district>.json): ${postcodeFiles.length} files, ${fmt(Math.min(...postcodeGz))} to ${fmt(Math.max(...postcodeGz))} gzip each; the search page fetches only the district typed.
- Loaded only on demand (dynamic imports): ${lazy.length ? [...new Set(lazy)].map((l) => `\`${l}\``).join(', ') : 'none'}.
- Web Workers (their own thread, not counted above): ${workerGz.length ? workerGz.join(', ') : 'none'}.
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
