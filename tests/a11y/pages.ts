import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page in the built site (dist/**\/index.html), as a URL path such as /services/a/b/. */
export function builtPages(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        out.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(distDir);
  return out;
}

/** The paths a sitemap lists: `<loc>https://host/needs/send/</loc>` → `/needs/send/`. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
    const url = new URL(m[1]!.replace(/&amp;/g, '&'));
    return decodeURI(url.pathname);
  });
}

/** Every page listed in the built site's sitemap (sitemap-index.xml and the sitemaps it names). */
export function sitemapPages(distDir: string): string[] {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const files = sitemapPaths(readFileSync(index, 'utf8')).map((p) => join(distDir, p));
  return files.flatMap((f) => sitemapPaths(readFileSync(f, 'utf8'))).sort();
}
