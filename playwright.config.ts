import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download its own browser here) against the built
 * site served by `astro preview`. `npm run test:e2e` builds first; the web server only serves dist/.
 */
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: false,
  workers: 2, // the machines have 2 cores
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // The JSON report feeds the one-line total that `npm test` prints at the end (scripts/test-summary.ts).
  reporter: [['list'], ['json', { outputFile: '.test-summary/playwright.json' }], ...(process.env.CI ? [['html', { open: 'never' }] as const] : [])],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // --ignore-lock: Astro 7 allows one tracked preview server per project; the tests run their own alongside
    // any preview a person already has open, on their own port, and stop it when they finish.
    command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
