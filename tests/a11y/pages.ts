import { readdirSync, statSync } from 'node:fs';
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

/**
 * Pages that share a template, by their path's shape: /services/*, /needs/<need>/, /needs/<need>/<area>/,
 * /hubs/<id>/ and so on. A page whose shape is its own (the home page, /about/) is its own template.
 */
export function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length <= 1) return path;
  if (parts[0] === 'services') return '/services/*';
  return `/${parts[0]}/${parts.slice(1).map(() => '*').join('/')}/`;
}

/**
 * Every one-off page, and for each shared template a deterministic sample: the first, the last and evenly
 * spaced pages between, up to `perTemplate`. Same input, same sample, so a failure can be reproduced.
 */
export function samplePages(paths: readonly string[], perTemplate: number): { path: string; template: string; of: number }[] {
  const groups = new Map<string, string[]>();
  for (const p of paths) groups.set(templateOf(p), [...(groups.get(templateOf(p)) ?? []), p]);
  return [...groups].flatMap(([template, list]) => {
    if (list.length <= perTemplate) return list.map((path) => ({ path, template, of: list.length }));
    const step = (list.length - 1) / (perTemplate - 1);
    const picked = [...new Set(Array.from({ length: perTemplate }, (_, i) => list[Math.round(i * step)]!))];
    return picked.map((path) => ({ path, template, of: list.length }));
  });
}
