import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validatorProperties } from './validator-properties.ts';

// A bounded run on every test: enough to catch a regression in a class, quick enough for CI. `npm run fuzz`
// runs the same properties for longer (see scripts/fuzz.ts).
const RUNS = 100;

// A fixed seed, so the test run is repeatable: a red run is a regression, never the luck of the draw. `npm run fuzz`
// draws new seeds (and prints them) to explore further.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

describe('validator properties (fast-check)', () => {
  for (const { name, property } of validatorProperties()) {
    it(name, () => fc.assert(property, { seed: SEED, numRuns: RUNS }), 60_000);
  }
});
