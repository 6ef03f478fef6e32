/**
 * npm run fuzz [-- --runs N] [--seed S] [--only WORDS]: the validator's and the ORUK importer's property tests
 * (tests/fuzz/validator-properties.ts, tests/fuzz/importer-properties.ts) for many more cases than the bounded
 * run in `npx vitest`. Prints the cases and time per property; exit 1 with the smallest failing input when a
 * property does not hold.
 */
import fc from 'fast-check';
import { importerProperties } from '../tests/fuzz/importer-properties.ts';
import { validatorProperties } from '../tests/fuzz/validator-properties.ts';
import { type Env, type Io, parseCli, processIo, runMain } from './lib/cli.ts';

export const USAGE = `Run the validator's and the ORUK importer's property tests (fast-check) for many cases.

  npm run fuzz                                   2000 cases per property (a tenth for the importer's
                                                 writing property, which runs the validator), a new seed each run
  npm run fuzz -- --runs 5000 --seed 42          more cases; the same cases again with the same seed
  npm run fuzz -- --only "file name"             only the properties whose name has these words

Exit code 0 when every property held, 1 when one did not (its smallest failing input is printed).`;

/** Every property, with the share of --runs each gets (1 unless a case is costly). */
function allProperties(): { name: string; runs?: number; property: fc.IProperty<unknown[]> }[] {
  return [...validatorProperties(), ...importerProperties()];
}

export function main(argv: string[], _env: Env, io: Io = processIo): number {
  const args = parseCli(argv, { runs: { type: 'string' }, seed: { type: 'string' }, only: { type: 'string' } }, USAGE, io);
  if (typeof args === 'number') return args;
  const runs = Number(args.values.runs ?? 2000);
  const seedText = args.values.seed;
  if (!Number.isInteger(runs) || runs < 1 || (seedText !== undefined && !Number.isInteger(Number(seedText)))) {
    io.err(`Give --runs as a whole number of cases (for example --runs 5000), and --seed as a whole number.\n\n${USAGE}`);
    return 2;
  }
  const seed = seedText === undefined ? Date.now() % 2 ** 31 : Number(seedText);
  const only = args.values.only;
  const properties = allProperties().filter((p) => only === undefined || p.name.includes(only));
  if (properties.length === 0) {
    io.err(
      `No property's name has "${only}". The properties are:\n${allProperties()
        .map((p) => `  ${p.name}`)
        .join('\n')}`,
    );
    return 2;
  }

  let total = 0;
  let failed = false;
  const started = performance.now();
  io.out(`Fuzzing the validator and the ORUK importer: ${runs} cases per property, seed ${seed}.`);
  for (const { name, runs: share, property } of properties) {
    const t = performance.now();
    const result = fc.check(property, { numRuns: Math.max(1, Math.round(runs * (share ?? 1))), seed });
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    total += result.numRuns;
    if (result.failed) {
      failed = true;
      io.out(`FAIL ${name}: after ${result.numRuns} cases (${seconds} s)\n${fc.defaultReportMessage(result) ?? ''}`);
    } else {
      io.out(`ok   ${name}: ${result.numRuns} cases in ${seconds} s`);
    }
  }
  io.out(`${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? ', with failures (above)' : ', every property held'}.`);
  return failed ? 1 : 0;
}

await runMain(import.meta, main);
