/**
 * npm run fuzz [-- --runs N] [--seed S] [--only WORDS]: the validator's property tests (tests/fuzz/validator-properties.ts)
 * for many more cases than the bounded run in `npx vitest`. Prints the cases and time per property; exit 1 with
 * the smallest failing input when a property does not hold.
 */
import fc from 'fast-check';
import { validatorProperties } from '../tests/fuzz/validator-properties.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'npm run fuzz -- --runs 5000 [--seed 42] [--only "file name"]    run each validator property (or those whose name has the words) for that many cases (default 2000)',
  );
  process.exit(0);
}
const runs = Number(option('runs') ?? 2000);
const seedText = option('seed');
if (!Number.isInteger(runs) || runs < 1 || (seedText !== undefined && !Number.isInteger(Number(seedText)))) {
  console.error('Give --runs as a whole number of cases (for example --runs 5000), and --seed as a whole number.');
  process.exit(2);
}
const seed = seedText === undefined ? Date.now() % 2 ** 31 : Number(seedText);

let total = 0;
let failed = false;
const started = performance.now();
console.log(`Fuzzing the validator: ${runs} cases per property, seed ${seed}.`);
const only = option('only');
for (const { name, property } of validatorProperties().filter((p) => only === undefined || p.name.includes(only))) {
  const t = performance.now();
  const result = fc.check(property, { numRuns: runs, seed });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  total += result.numRuns;
  if (result.failed) {
    failed = true;
    console.log(`FAIL ${name}: after ${result.numRuns} cases (${seconds} s)\n${fc.defaultReportMessage(result) ?? ''}`);
  } else {
    console.log(`ok   ${name}: ${result.numRuns} cases in ${seconds} s`);
  }
}
console.log(
  `${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? ', with failures (above)' : ', every property held'}.`,
);
process.exit(failed ? 1 : 0);
