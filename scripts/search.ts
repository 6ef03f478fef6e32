/**
 * npm run search -- "won't go to school" --age 12 --postcode "DN4 0TY" [--json] [--engine embedded|meilisearch]
 *
 * Searches the directory the way the site does and prints ranked results (id, name, needs, distance).
 * Practitioners can use it; tests and benchmarks use it. The embedded engine needs nothing but the content;
 * Meilisearch needs MEILI_URL and MEILI_SEARCH_KEY (a search-only key) in the environment.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSearchSetup } from '../site/lib/search/load-setup.ts';
import { buildEmbeddedIndex, loadEmbeddedIndex } from '../site/lib/search/embedded-index.ts';
import { embeddedEngine, meilisearchEngine, type SearchEngine } from '../site/lib/search/engine.ts';
import { parseQuery, type Query } from '../site/lib/search/query.ts';
import type { SearchResults } from '../site/lib/search/results.ts';
import { needsToOffer, type NeedOffer } from '../site/lib/dead-end.ts';
import { panelsFor, panelText, signpostPanels, type SignpostPanel } from '../site/lib/signpost-panels.ts';
import { en } from '../site/i18n/en.ts';
import { describeFallback, describeUnderstanding, understoodSentence } from '../site/lib/understood.ts';
import { searchUnderstood, type UnderstoodSearch } from '../site/lib/search/understand/plan.ts';
import { type Env, type Io, processIo, runMain } from './lib/cli.ts';
import { printable } from '../content/lib/printable.ts';

export const USAGE = `Usage: npm run search -- [words] [options]

  --need <id>          a need from content/vocabularies/needs.yaml (repeat for any of several)
  --age <years>        the child's age; or --age-min and --age-max for a range
  --send               the child has SEND: use services' extended SEND age limits
  --postcode <text>    a postcode, district or place, e.g. "DN4 0TY", DN4 or Bentley (or --near 53.52,-1.13)
  --radius <miles>     1, 2, 5, 10 or 20 (needs --postcode)
  --sort relevance     best match first (with --postcode the nearest come first unless you say this)
  --locality <id>      north, south, east or central
  --free  --hubs       free services only; at Family Hubs only
  --access <id>  --delivery <id>  --level <id>  --language <code>
  --day <day>          open on a day of the week, or weekend for Saturday or Sunday
  --undo <part>        do not read this from the words: age, day, free, place or need:<id> (repeat)
  --page <n>  --size <n>
  --engine embedded|meilisearch   (default: embedded)
  --index <uid>        the Meilisearch index (default: services)
  --content <folder>   the content folder (default: content)
  --json               print JSON instead of text

Example: npm run search -- "won't go to school" --age 12 --postcode "DN4 0TY"`;

const OPTIONS = {
  need: { type: 'string', multiple: true },
  age: { type: 'string' },
  'age-min': { type: 'string' },
  'age-max': { type: 'string' },
  send: { type: 'boolean' },
  postcode: { type: 'string' },
  near: { type: 'string' },
  radius: { type: 'string' },
  sort: { type: 'string' },
  locality: { type: 'string' },
  free: { type: 'boolean' },
  hubs: { type: 'boolean' },
  access: { type: 'string', multiple: true },
  delivery: { type: 'string', multiple: true },
  level: { type: 'string' },
  language: { type: 'string' },
  day: { type: 'string' },
  undo: { type: 'string', multiple: true },
  page: { type: 'string' },
  size: { type: 'string' },
  engine: { type: 'string', default: 'embedded' },
  index: { type: 'string', default: 'services' },
  content: { type: 'string', default: 'content' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliArgs {
  params: URLSearchParams;
  engine: string;
  index: string;
  content: string;
  json: boolean;
  help: boolean;
}

/** Command-line arguments → the same URL parameters the search page uses. Throws plain messages. */
export function readArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv.filter((a) => a !== '--'), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new Error(`${(e as Error).message.replace(/\. To specify.*$/s, '.')}\n\n${USAGE}`);
  }
  const v = parsed.values;
  const p = new URLSearchParams();
  const words = parsed.positionals.join(' ').trim();
  if (words) p.set('q', words);
  for (const n of v.need ?? []) p.append('needs', n);
  if (v.age !== undefined) p.set('age', v.age);
  if (v['age-min'] !== undefined) p.set('age_min', v['age-min']);
  if (v['age-max'] !== undefined) p.set('age_max', v['age-max']);
  if (v.send) p.set('send', '1');
  const near = v.postcode ?? v.near;
  if (near !== undefined) p.set('near', near);
  if (v.radius !== undefined) p.set('radius', v.radius);
  if (v.sort !== undefined) p.set('sort', v.sort);
  if (v.locality !== undefined) p.set('locality', v.locality);
  if (v.free) p.set('free', '1');
  if (v.hubs) p.set('hubs', '1');
  for (const a of v.access ?? []) p.append('access', a);
  for (const d of v.delivery ?? []) p.append('delivery', d);
  for (const u of v.undo ?? []) p.append('undo', u);
  for (const k of ['level', 'language', 'day', 'page', 'size'] as const) if (v[k] !== undefined) p.set(k, v[k]);
  return { params: p, engine: v.engine, index: v.index, content: v.content, json: v.json ?? false, help: v.help ?? false };
}

/** What the search page shows around the results, so the CLI never ends at a dead end either. */
export interface Around {
  panels: SignpostPanel[];
  offers: NeedOffer[];
  /** Every need, for "or choose what is happening". */
  needs: { id: string; label: string }[];
  contact: { directory: string; phone: string; email: string };
}

export function formatText(
  results: SearchResults,
  query: Query,
  needLabel: (id: string) => string,
  understood?: Pick<UnderstoodSearch, 'understanding' | 'steps'>,
  around?: Around,
): string {
  const lines: string[] = [];
  // Urgent help first, above everything, as on the search page.
  for (const p of around?.panels ?? []) lines.push(panelText(p, en.signposts.heading(p.title)), '');
  if (results.notice) lines.push(`Note: ${results.notice}`, '');
  if (understood) {
    const parts = describeUnderstanding(understood.understanding, needLabel);
    if (parts.length > 0) lines.push(`${printable(understoodSentence(parts))} (undo with --undo ${parts.map((p) => p.key).join(', --undo ')})`);
    for (const message of describeFallback(understood.steps, needLabel)) lines.push(printable(message));
    if (parts.length > 0 || understood.steps.length > 0) lines.push('');
  }
  // Names and places come from listings (or a Meilisearch server): shown escaped, like the validator's report.
  const about = [
    query.q && `"${printable(query.q)}"`,
    query.ageMin !== undefined && (query.ageMin === query.ageMax ? `age ${query.ageMin}` : `ages ${query.ageMin ?? 0} to ${query.ageMax ?? 'any'}`),
    query.send && 'with SEND',
    query.near && `near ${query.near.label}`,
    query.radius && `within ${query.radius} miles`,
  ]
    .filter(Boolean)
    .join(', ');
  const plural = results.total === 1 ? 'service' : 'services';
  lines.push(
    `${results.total} ${plural}${about ? ` for ${about}` : ''} (${results.engine} engine${results.totalPages > 1 ? `, page ${results.page} of ${results.totalPages}` : ''})`,
  );
  if (results.total === 0) lines.push('', 'Nothing found. Try fewer words, another spelling, or fewer filters.');
  const start = (results.page - 1) * results.size;
  results.hits.forEach((h, i) => {
    const where = h.has_venue
      ? printable([h.venueName, h.town].filter(Boolean).join(', '))
      : h.delivery.filter((d) => d !== 'in-person').join(' and ') || 'no venue';
    const distance = h.distanceMiles !== undefined ? `${h.distanceMiles.toFixed(1)} miles · ` : '';
    lines.push(
      '',
      `${String(start + i + 1).padStart(2)}. ${printable(h.name)}`,
      `    ${printable(h.serviceId)}`,
      `    ${distance}${where}`,
      `    Needs: ${printable(h.needs.map(needLabel).join('; '))}`,
    );
  });
  if (around) {
    if (around.offers.length > 0) {
      lines.push('', `${en.deadEnd.needsHeading}:`);
      for (const n of around.offers) lines.push(`  - ${n.count === undefined ? n.label : en.deadEnd.needCount(n.label, n.count)}: --need ${n.id}`);
    }
    lines.push('', `${en.deadEnd.tilesHeading}: ${around.needs.map((n) => n.label).join('; ')} (--need <id>, or /needs/<id>/ on the site)`);
    lines.push(
      '',
      `${en.deadEnd.contactHeading} ${en.deadEnd.contact(around.contact.directory)} ${en.deadEnd.call} ${around.contact.phone} or email ${around.contact.email}.`,
    );
  }
  return lines.join('\n');
}

export function toJson(
  results: SearchResults,
  params: URLSearchParams,
  understood?: Pick<UnderstoodSearch, 'understanding' | 'steps' | 'query'>,
  needLabel: (id: string) => string = (id) => id,
  around?: Around,
) {
  return {
    query: params.toString(),
    engine: results.engine,
    /** Urgent-help topics shown above the results (content/vocabularies/urgent-help.yaml ids). */
    signposts: (around?.panels ?? []).map((p) => p.id),
    ...(results.notice ? { notice: results.notice } : {}),
    ...(understood
      ? {
          // What query understanding read from the words, and the words the engine searched for.
          understood: {
            words: understood.understanding.text,
            parts: describeUnderstanding(understood.understanding, needLabel),
            needs: understood.understanding.needs,
          },
          // The fallback steps taken (empty when the words found services as they were), and what they said.
          fallback: understood.steps.map((s) => ({ ...s, message: describeFallback([s], needLabel)[0] })),
          searched: understood.query.q,
        }
      : {}),
    total: results.total,
    page: results.page,
    totalPages: results.totalPages,
    hits: results.hits.map((h) => ({
      id: h.serviceId,
      name: h.name,
      needs: h.needs,
      distanceMiles: h.distanceMiles ?? null,
      venue: h.has_venue ? h.venueName : null,
      town: h.town || null,
    })),
    ...(around ? { needsToOffer: around.offers, contact: around.contact } : {}),
  };
}

export async function main(argv: string[], env: Env, io: Io = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = readArgs(argv);
  } catch (e) {
    io.err((e as Error).message);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.engine !== 'embedded' && args.engine !== 'meilisearch') {
    io.err(`--engine must be embedded or meilisearch, not "${args.engine}".`);
    return 2;
  }
  const setup = loadSearchSetup(resolve(args.content));
  const { query, errors } = parseQuery(args.params, setup.ctx);
  if (errors.length > 0) {
    const flag: Record<string, string> = { needs: 'need', near: 'postcode', age_min: 'age-min', age_max: 'age-max' };
    for (const e of errors) io.err(`--${flag[e.param] ?? e.param}: ${e.message}`);
    return 2;
  }
  const embedded = embeddedEngine(() => loadEmbeddedIndex(buildEmbeddedIndex(setup.docs, setup.words)));
  let engine: SearchEngine = embedded;
  if (args.engine === 'meilisearch') {
    const host = env.MEILI_URL;
    const searchKey = env.MEILI_SEARCH_KEY;
    if (!host || !searchKey) {
      io.err(
        'To search Meilisearch, set MEILI_URL and MEILI_SEARCH_KEY (a search-only key: npm run index creates one). Or leave out --engine to search the embedded index.',
      );
      return 2;
    }
    engine = meilisearchEngine({
      host,
      searchKey,
      indexUid: args.index,
      fallback: embedded,
      onFallback: (e) => io.err(`Meilisearch did not answer (${(e as Error).message}).`),
    });
  }
  const understood = await searchUnderstood(engine, query, setup.understand);
  const results = understood.results;
  const { vocab, council } = setup.directory;
  const labels = new Map(vocab.needs.map((n) => [n.id, n.label]));
  const needLabel = (id: string) => labels.get(id) ?? id;
  // Urgent help reads the words as typed, whatever understanding or fallback did with them.
  const panels = panelsFor(signpostPanels(vocab.urgentHelp, council, en.signposts.council), setup.signposter.match(query.q));
  const around: Around = {
    panels,
    offers: needsToOffer(
      vocab.needs,
      query.q,
      results.facets.needs,
      panels.flatMap((p) => p.needPages),
    ),
    needs: vocab.needs.map((n) => ({ id: n.id, label: n.label })),
    contact: { directory: council.directory_name, phone: council.contact.phone, email: council.contact.email },
  };
  io.out(
    args.json
      ? JSON.stringify(toJson(results, args.params, understood, needLabel, around), null, 2)
      : formatText(results, understood.query, needLabel, understood, around),
  );
  return 0;
}

await runMain(import.meta, main);
