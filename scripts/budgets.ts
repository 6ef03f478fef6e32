/**
 * Pure helpers for `npm run budgets`: which JavaScript a built page loads, following static imports, so the
 * budget counts what a browser really downloads before anyone types (dynamic imports load later, on demand).
 */

/** Script URLs and inline scripts a page's HTML loads at once (JSON-LD is data, not script). */
export function scriptsOf(html: string): { urls: string[]; inline: string[] } {
  const urls = new Set<string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/type=["']?application\/(ld\+)?json/i.test(attrs)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) urls.add(src);
    else if ((m[2] ?? '').trim()) inline.push(m[2]!);
  }
  // Astro islands load their component and renderer when they hydrate (client:load: straight away).
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const v = new RegExp(`\\b${attr}=["']([^"']+)["']`).exec(m[1] ?? '')?.[1];
      if (v) urls.add(v);
    }
  }
  return { urls: [...urls], inline };
}

/** Static imports of a bundled module (`import x from "./a.js"`, `import "./b.js"`), resolved against its URL. */
export function staticImportsOf(js: string, url: string): string[] {
  const out = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.add(resolveUrl(m[1]!, url));
  for (const m of js.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) out.add(resolveUrl(m[1]!, url));
  return [...out];
}

export function resolveUrl(spec: string, from: string): string {
  return new URL(spec, `http://site${from}`).pathname;
}

/** Every module a page loads up front: the scripts and islands, and everything they import statically. */
export function moduleClosure(entries: readonly string[], read: (url: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const js = read(url);
    if (js === undefined) continue;
    seen.add(url);
    queue.push(...staticImportsOf(js, url));
  }
  return [...seen].sort();
}

/** A page type for the report, from its path. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  const [first, second, third] = path.split('/').filter(Boolean);
  if (first === 'services') return 'service';
  if (first === 'needs') return third ? 'need by area' : second ? 'need' : 'needs';
  return first ?? path;
}
