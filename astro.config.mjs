// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// The site is static: every page is built ahead of time, and the search works in the browser against the
// embedded index (or Meilisearch, when PUBLIC_MEILI_URL is set at build time).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: process.env.SITE_URL ?? 'https://fis.example.org',
  trailingSlash: 'always',
  integrations: [react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // No third-party requests: fonts and scripts are all served from the site itself.
  prefetch: false,
});
