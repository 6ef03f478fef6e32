import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { NewListingAnswers } from './new-listing.ts';
import { closest } from './suggest.ts';

/**
 * `npm run new-listing`'s command line: which flags it takes and how they become answers. Apart from
 * new-listing.ts because the answers can also come from questions (new-listing-prompts.ts); the scaffolder
 * only sees NewListingAnswers, whichever way they were given.
 */

const LIST_FLAGS: Record<string, keyof NewListingAnswers> = {
  need: 'needs',
  access: 'access',
  delivery: 'delivery',
  area: 'areas',
  language: 'languages',
};
const TEXT_FLAGS: Record<string, keyof NewListingAnswers> = {
  organisation: 'organisation',
  organization: 'organisation',
  folder: 'folder',
  into: 'into',
  name: 'name',
  slug: 'slug',
  summary: 'summary',
  description: 'description',
  level: 'level',
  cost: 'cost',
  price: 'price',
  venue: 'venue',
  address: 'address',
  town: 'town',
  postcode: 'postcode',
  hub: 'hub',
  phone: 'phone',
  email: 'email',
  url: 'url',
};
/** Every option, for node:util parseArgs. List options take a plural too (--needs as well as --need). */
const OPTIONS: ParseArgsOptionsConfig = {
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
  'min-age': { type: 'string' },
  'max-age': { type: 'string' },
  ...Object.fromEntries(Object.keys(TEXT_FLAGS).map((f) => [f, { type: 'string' }])),
  ...Object.fromEntries(
    Object.keys(LIST_FLAGS).flatMap((f) => [
      [f, { type: 'string', multiple: true }],
      [`${f}s`, { type: 'string', multiple: true }],
    ]),
  ),
};

/**
 * Parse the command line with node:util parseArgs: --flag value, --flag=value, repeated or comma-separated
 * lists. Every unknown option is reported (with the nearest known one), not only the first, and the rest of
 * the line is still read, so one run shows every mistake.
 */
export function parseFlags(argv: string[]): { answers: NewListingAnswers; yes: boolean; help: boolean; errors: string[] } {
  const answers: NewListingAnswers = {};
  const errors: string[] = [];
  const known = Object.keys(OPTIONS);
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const m = /^--([^=]+)(=.*)?$/s.exec(arg);
    if (m && !known.includes(m[1]!)) {
      const hint = closest(m[1]!, [...Object.keys(TEXT_FLAGS), ...Object.keys(LIST_FLAGS), 'min-age', 'max-age', 'yes']);
      errors.push(`--${m[1]} is not an option.${hint ? ` Did you mean --${hint}?` : ''} Run npm run new-listing -- --help to see them.`);
      if (m[2] === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) i++; // its value goes too
      continue;
    }
    args.push(arg);
  }
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    const message = (e as Error).message;
    const stray = /Unexpected argument '([^']*)'/.exec(message)?.[1];
    const missing = /Option '(?:-\w, )?--([^ ]+) <value>' argument missing/.exec(message)?.[1];
    errors.push(
      stray !== undefined
        ? `"${stray}" is not an option. Options start with --, for example --name "Stay and Play".`
        : missing !== undefined
          ? `--${missing} needs a value.`
          : message,
    );
    return { answers, yes: false, help: false, errors };
  }
  for (const [flag, value] of Object.entries(values)) {
    const listKey = LIST_FLAGS[flag.replace(/s$/, '')];
    if (listKey && Array.isArray(value)) {
      const current = (answers[listKey] as string[] | undefined) ?? [];
      const items = value
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      (answers as Record<string, unknown>)[listKey] = [...current, ...items];
    } else if ((flag === 'min-age' || flag === 'max-age') && typeof value === 'string') {
      answers[flag === 'min-age' ? 'minAge' : 'maxAge'] = Number(value);
    } else if (TEXT_FLAGS[flag] && typeof value === 'string') {
      (answers as Record<string, unknown>)[TEXT_FLAGS[flag]!] = value.trim();
    }
  }
  return { answers, yes: values.yes === true, help: values.help === true, errors };
}
