import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectory } from './load-directory.ts';

const root = resolve(import.meta.dirname, '../..');
const sample = readFileSync(join(root, 'tests/fixtures/valid/welsh-polish-urdu.yaml'), 'utf8');

// A content folder of its own (the real council and vocabularies, linked), so listings can be placed anywhere.
const tmp = mkdtempSync(join(tmpdir(), 'fis-load-'));
const contentDir = join(tmp, 'content');
mkdirSync(join(contentDir, 'listings', 'an-organisation'), { recursive: true });
for (const name of ['council.yaml', 'vocabularies', 'data']) symlinkSync(join(root, 'content', name), join(contentDir, name));
writeFileSync(join(contentDir, 'listings', 'stray.yaml'), sample);
writeFileSync(join(contentDir, 'listings', 'an-organisation', 'group.yaml'), sample.replace(/^name: .*$/m, 'name: Another group'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('loadDirectory', () => {
  const dir = loadDirectory({ contentDir, root: tmp, today: '2026-11-26' });
  it('loads every listing below content/listings, with ids from their paths', () => {
    expect(dir.files).toEqual(['content/listings/an-organisation/group.yaml', 'content/listings/stray.yaml']);
    expect(dir.listings.map((l) => l.id)).toEqual(['an-organisation/group']);
    expect(dir.today).toBe('2026-11-26');
  });
  it("asks for a listing outside an organisation's folder to be moved into one", () => {
    expect(dir.problems).toEqual([
      expect.objectContaining({
        file: 'content/listings/stray.yaml',
        message: "Listings go in their organisation's folder: move this file to content/listings/<your-organisation>/stray.yaml.",
      }),
    ]);
  });
});
