import fc from 'fast-check';
import { describe, it } from 'vitest';
import { importerProperties } from './importer-properties.ts';

// A bounded run on every test; `npm run fuzz` runs the same properties for longer.
const RUNS = 150;

describe('ORUK importer properties (fast-check)', () => {
  for (const { name, runs, property } of importerProperties()) {
    it(name, () => fc.assert(property, { numRuns: Math.max(10, Math.round(RUNS * (runs ?? 1))) }), 120_000);
  }
});
