// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { loadCouncil } from './content/lib/vocabularies.ts';
import { tileImageSource } from './site/islands/hub-map-tiles.ts';

// Meilisearch is the only other origin the site may talk to, and only when configured at build time.
const meiliOrigin = process.env.PUBLIC_MEILI_URL ? new URL(process.env.PUBLIC_MEILI_URL).origin : '';
// council.yaml read and checked by its zod schema, as everywhere else (a mistake stops the build with the line).
const council = loadCouncil(fileURLToPath(new URL('./content/', import.meta.url)));
// The hub map's tile server, only when the council sets map.tile_url (none by default: docs/decisions/0005).
const tileSource = tileImageSource(council.map?.tile_url);

// The site is static: every page is built ahead of time, and the search works in the browser against the
// embedded index (or Meilisearch, when PUBLIC_MEILI_URL is set at build time).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // The public address comes from the council's settings (SITE_URL overrides it for a preview deployment).
  site: process.env.SITE_URL ?? council.site_url,
  trailingSlash: 'always',
  // The sitemap lists every built page for search engines (the need and area browse pages are the no-JS
  // way in) and is the list the accessibility sweep checks (tests/a11y/sitemap-axe.spec.ts).
  integrations: [react(), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Markdown pages (the providers' guide is CONTRIBUTING.md) get plain code blocks: highlighting writes inline
  // styles, which the Content-Security-Policy below does not allow.
  markdown: { syntaxHighlight: false },
  // No third-party requests: fonts and scripts are all served from the site itself.
  prefetch: false,
  // A strict Content-Security-Policy as a <meta> tag on every page: Astro adds hashes for the scripts and
  // styles it emits, so nothing inline needs 'unsafe-inline'. docs/hosting.md gives the header a host should send.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${tileSource ? ` ${tileSource}` : ''}`,
        `connect-src 'self'${meiliOrigin ? ` ${meiliOrigin}` : ''}`,
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
