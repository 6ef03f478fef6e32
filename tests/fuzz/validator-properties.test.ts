import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validatorProperties } from './validator-properties.ts';

// A bounded run on every test: enough to catch a regression in a class, quick enough for CI. `npm run fuzz`
// runs the same properties for longer (see scripts/fuzz.ts).
const RUNS = 100;

describe('validator properties (fast-check)', () => {
  for (const { name, property } of validatorProperties()) {
    it(name, () => fc.assert(property, { numRuns: RUNS }), 60_000);
  }
});
