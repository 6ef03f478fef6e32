/**
 * npm run new-listing: write a new, valid listing from content/templates/listing.yaml.
 * Asks for what it needs, or takes flags (add --yes to never ask). Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { formatReport } from '../content/lib/format-problems.ts';
import { loadDirectory } from '../content/lib/load-directory.ts';
import { checkAnswers, missingAnswers, scaffoldListing } from '../content/lib/new-listing.ts';
import { parseFlags } from '../content/lib/new-listing-flags.ts';
import { askForMissing } from '../content/lib/new-listing-prompts.ts';
import { loadPostcodesIn } from '../content/lib/postcodes.ts';
import { todayIso } from '../content/lib/review.ts';
import { loadCouncil, loadVocabularies } from '../content/lib/vocabularies.ts';
import { type Env, type Io, processIo, runMain } from './lib/cli.ts';

const HELP = `Write a new listing in content/listings/<organisation>/<service>.yaml.

  npm run new-listing                      asks you questions
  npm run new-listing -- --yes [options]   uses only the options, asks nothing

Options (lists can be repeated or separated by commas):
  --organisation "Home-Start Doncaster"    who runs it (the folder is made from it, or give --folder)
  --name "Family Visits"                   the service's name (the file name is made from it, or give --slug)
  --summary "..."                          one sentence: what it is and who it is for
  --description "..."                      what happens (defaults to the summary)
  --need parenting,send                    1 to 4 needs from content/vocabularies/needs.yaml
  --level universal|targeted|specialist    default universal
  --access self-referral,drop-in           default self-referral
  --delivery in-person,online,phone        default in-person
  --venue "Thorne Library" --address "Fieldside" --town Thorne --postcode "DN8 4AE"   for in-person services
  --hub thorne-family-hub                  if the venue is a Family Hub (found from the postcode when it is)
  --area north,east                        localities served (default: the venue's locality, or whole-borough)
  --min-age 0 --max-age 5                  ages in years (default: the council's 0 to 18)
  --cost free|paid --price "£3 a session"  default free
  --phone "0114 496 0123" --email name@example.org --url https://example.org
  --language en,pl                         default en
  --into <folder>                          write below this folder instead of content/listings
`;

export const USAGE = HELP;

/** A mistake in what was given: listed for the person, then exit code 2. */
class AnswerProblems extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}
function fail(messages: string[]): never {
  throw new AnswerProblems(messages);
}

export async function main(argv: string[], env: Env, io: Io = processIo, root = resolve(import.meta.dirname, '..')): Promise<number> {
  try {
    return await newListing(argv, env, io, root);
  } catch (e) {
    if (!(e instanceof AnswerProblems)) throw e;
    io.err(e.problems.map((m) => `- ${m}`).join('\n'));
    io.err('\nRun npm run new-listing -- --help to see the options.');
    return 2;
  }
}

async function newListing(argv: string[], env: Env, io: Io, root: string): Promise<number> {
  const contentDir = resolve(root, 'content');
  const { answers: given, yes, help, errors } = parseFlags(argv);
  if (help) {
    io.out(HELP);
    return 0;
  }
  if (errors.length > 0) fail(errors);

  const council = loadCouncil(contentDir);
  const vocab = loadVocabularies(contentDir);
  const postcodes = loadPostcodesIn(contentDir);
  const early = checkAnswers(given, { vocab, postcodes, council });
  if (early.length > 0) fail(early);

  let answers = given;
  if (!yes) {
    const tty = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
    try {
      answers = await askForMissing(given, lineAsker(rl), vocab, postcodes);
    } catch (error) {
      fail([(error as Error).message]);
    } finally {
      rl.close();
    }
  }
  const missing = missingAnswers(answers);
  if (missing.length > 0) fail([`Some details are missing. Give ${missing.join(', ')} (or leave out --yes to be asked).`]);
  const problems = checkAnswers(answers, { vocab, postcodes, council });
  if (problems.length > 0) fail(problems);

  const scaffold = scaffoldListing(answers, {
    vocab,
    postcodes,
    council,
    today: todayIso(env),
    template: readFileSync(resolve(contentDir, 'templates', 'listing.yaml'), 'utf8'),
  });
  const target = resolve(root, scaffold.path);
  if (existsSync(target)) {
    fail([`${scaffold.path} already exists, and new-listing never overwrites a file. Edit that file, or choose another name with --slug.`]);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, scaffold.text, { flag: 'wx' });

  // Check what was written exactly as a pull request would be checked, alongside every other listing so a
  // clash of ids or names shows now.
  const dir = loadDirectory({ contentDir, root, ...(answers.into ? { paths: [target] } : {}) });
  const written = relative(root, target).split(sep).join('/');
  const mine = dir.problems.filter((p) => p.file === written);
  io.out(`Wrote ${written}\n`);
  if (mine.some((p) => p.severity === 'error')) {
    io.out(formatReport(mine, 1));
    io.out('\nFix the problems above in the file, then check it again with:');
  } else {
    io.out('It is a valid listing. Next steps:');
    io.out('  1. Open the file and check every value. Add opening times (schedules) and a fuller description.');
    io.out('  2. Read content/GUIDELINES.md: say who it is for, what happens, what it costs and how to start.');
    io.out('  3. Check it again after your changes with:');
  }
  io.out(`     npm run validate -- ${written}`);
  io.out('  Then commit the file and open a pull request (CONTRIBUTING.md shows how).');
  return mine.some((p) => p.severity === 'error') ? 1 : 0;
}

/**
 * Questions answered line by line. Lines are queued as they arrive, so answers piped in (a script, a test)
 * are not lost between questions as they are with readline's own question().
 */
function lineAsker(rl: Interface): (question: string) => Promise<string> {
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => (waiting.length > 0 ? waiting.shift()!(line) : lines.push(line)));
  rl.on('close', () => {
    closed = true;
    while (waiting.length > 0) waiting.shift()!(undefined);
  });
  return async (question) => {
    process.stdout.write(question);
    const line = lines.length > 0 ? lines.shift() : closed ? undefined : await new Promise<string | undefined>((r) => waiting.push(r));
    if (line === undefined) throw new Error('The answers ended before every question was answered. Nothing was written.');
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    return line;
  };
}

await runMain(import.meta, main);
