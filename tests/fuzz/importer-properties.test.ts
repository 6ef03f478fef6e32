import fc from 'fast-check';
import { describe, it } from 'vitest';
import { importerProperties } from './importer-properties.ts';

// A bounded run on every test; `npm run fuzz` runs the same properties for longer.
const RUNS = 150;

// A fixed seed, so the test run is repeatable: a red run is a regression, never the luck of the draw. `npm run fuzz`
// draws new seeds (and prints them) to explore further.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

describe('ORUK importer properties (fast-check)', () => {
  for (const { name, runs, property } of importerProperties()) {
    it(name, () => fc.assert(property, { seed: SEED, numRuns: Math.max(10, Math.round(RUNS * (runs ?? 1))) }), 120_000);
  }
});
