import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findListingFiles, readListingFile, readRegularFile } from './listing-files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'fis-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
mkdirSync(join(tmp, 'org'));
writeFileSync(join(tmp, 'org', 'a.yaml'), 'name: a\n');
writeFileSync(join(tmp, 'org', '_draft.yaml'), 'name: d\n');
writeFileSync(join(tmp, 'org', 'README.md'), 'not a listing\n');
writeFileSync(join(tmp, 'outside.yaml'), 'name: outside\n');
symlinkSync(join(tmp, 'outside.yaml'), join(tmp, 'org', 'link.yaml'));
symlinkSync(join(tmp, 'org', 'loop.yaml'), join(tmp, 'org', 'loop.yaml'));

describe('findListingFiles', () => {
  const found = findListingFiles([join(tmp, 'org')]);
  it('finds ordinary listing files and counts drafts apart', () => {
    expect(found.files).toEqual([join(tmp, 'org', 'a.yaml')]);
    expect(found.drafts).toEqual([join(tmp, 'org', '_draft.yaml')]);
  });
  it('reports links, loops included, without following them', () => {
    expect(found.refused.map((r) => r.path)).toEqual([join(tmp, 'org', 'link.yaml'), join(tmp, 'org', 'loop.yaml')]);
    expect(found.refused[0]!.message).toMatch(/^This is a symbolic link/);
  });
});

describe('readListingFile', () => {
  it('reads an ordinary file and refuses a link to one', () => {
    expect(readListingFile(join(tmp, 'org', 'a.yaml'), 1000)).toEqual({ text: 'name: a\n' });
    expect(readListingFile(join(tmp, 'org', 'link.yaml'), 1000)).toEqual({ message: expect.stringMatching(/^This is a symbolic link/) });
    expect(readListingFile(join(tmp, 'org', 'a.yaml'), 3)).toEqual({ message: 'too big', size: 8 });
  });
  it('does not wait on a named pipe', () => {
    if (spawnSync('mkfifo', [join(tmp, 'pipe.yaml')]).status !== 0) return;
    expect(readListingFile(join(tmp, 'pipe.yaml'), 1000)).toEqual({ message: expect.stringMatching(/^This is a named pipe/) });
    expect(() => readRegularFile(join(tmp, 'pipe.yaml'))).toThrow(/named pipe/);
  });
  it("follows a link for the council's own files, to an ordinary file only", () => {
    expect(readRegularFile(join(tmp, 'org', 'link.yaml'))).toBe('name: outside\n');
    expect(() => readRegularFile(join(tmp, 'org', 'loop.yaml'))).toThrow();
  });
});
