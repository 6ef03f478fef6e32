/**
 * Dependencies run one way: content/ ← site/lib/search/ (the search core) ← indexer/ and the site's pages.
 * Scans every source file in the repository, so a new import against the grain fails here with the file,
 * the import and the reason.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeInBrowser, relativeImports, runtimeSpecifiers, violations } from './imports.ts';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.astro', '*.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((f) => f && !f.startsWith('node_modules/'));
}

describe('import direction', () => {
  it('holds across the repository', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => {
      try {
        return violations(f, readFileSync(join(ROOT, f), 'utf8'));
      } catch {
        return []; // listed by git but deleted in the working tree
      }
    });
    expect(found.map((v) => `${v.file} imports ${v.target}: not allowed, because ${v.why}`)).toEqual([]);
  });

  it('finds static, type, side-effect, re-export and dynamic imports', () => {
    const source = [
      "import { a } from '../lib/a.ts';",
      "import type { B } from './b.ts';",
      "import './side.css';",
      "export { c } from '../../indexer/c.ts';",
      "const d = await import('../d.ts');",
      "import e from 'zod';",
    ].join('\n');
    expect(relativeImports('site/pages/x.ts', source)).toEqual([
      'site/lib/a.ts',
      'site/pages/b.ts',
      'site/pages/side.css',
      'indexer/c.ts',
      'site/d.ts',
    ]);
  });

  it('reports each kind of import against the grain', () => {
    expect(violations('content/lib/x.ts', "import { y } from '../../site/lib/search/query.ts';")).toHaveLength(1);
    expect(violations('site/pages/x.astro', "import { y } from '../../indexer/cli.ts';")).toHaveLength(1);
    expect(violations('site/lib/search/x.ts', "import { y } from '../format.ts';")).toHaveLength(1);
    expect(violations('indexer/x.ts', "import { y } from '../site/components/Card.tsx';")).toHaveLength(1);
  });

  it('allows imports with the grain', () => {
    expect(violations('site/lib/search/x.ts', "import { y } from '../../../content/lib/postcodes.ts';\nimport { z } from './query.ts';")).toEqual([]);
    expect(violations('indexer/x.ts', "import { y } from '../site/lib/search/setup.ts';")).toEqual([]);
    expect(violations('site/pages/x.astro', "import { y } from '../lib/search/query.ts';")).toEqual([]);
    expect(violations('scripts/x.ts', "import { y } from '../indexer/cli.ts';")).toEqual([]);
  });
});

describe('browser code', () => {
  const read = (file: string) => {
    try {
      return readFileSync(join(ROOT, file), 'utf8');
    } catch {
      return undefined;
    }
  };

  it('never reaches a Node module from an island or a page script', () => {
    const entries = sourceFiles().filter((f) => /^site\/(islands|scripts)\/[^/]+\.tsx?$/.test(f) && !f.includes('.test.'));
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.flatMap((e) => nodeInBrowser(e, read))).toEqual([]);
  });

  it('follows runtime imports only, and reports the chain to a Node module', () => {
    expect(runtimeSpecifiers("import type { A } from './a.ts';\nimport { b } from './b.ts';\nimport './c.css';")).toEqual(['./b.ts', './c.css']);
    const files: Record<string, string> = {
      'site/islands/App.tsx': "import { x } from '../lib/x.ts';",
      'site/lib/x.ts': "import type { Y } from './y.ts';\nimport { z } from './z.ts';",
      'site/lib/y.ts': "import { readFileSync } from 'node:fs';",
      'site/lib/z.ts': "import { join } from 'node:path';",
    };
    expect(nodeInBrowser('site/islands/App.tsx', (f) => files[f])).toEqual(['site/islands/App.tsx -> site/lib/x.ts -> site/lib/z.ts -> node:path']);
  });
});
