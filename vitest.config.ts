import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['content/**/*.test.ts', 'indexer/**/*.test.ts', 'scripts/**/*.test.ts', 'site/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Tests that depend on "today" (review dates) use this fixed date, so they never rot.
    env: { FIS_TODAY: '2026-11-26' },
    testTimeout: 30_000,
    // Set-up hooks build fixtures (files, a validation run over hostile ones): 10 s by default, which a machine busy
    // with other work overran once. A hook's limit only catches a hang; speed is measured by npm run bench.
    hookTimeout: 60_000,
    // A throwaway real Meilisearch for the Meilisearch suites whenever a binary is on the PATH (tests/setup/).
    globalSetup: ['tests/setup/meilisearch.ts'],
    // The JSON report feeds the one-line total that `npm test` prints at the end (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: '.test-summary/vitest.json' }]],
  },
});
