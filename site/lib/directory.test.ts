import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCheckedDirectory } from './directory.ts';

const content = resolve(import.meta.dirname, '../../content');
const root = mkdtempSync(join(tmpdir(), 'fis-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function contentWith(listing: string): string {
  const dir = join(root, `c${Math.random().toString(36).slice(2)}`, 'content');
  mkdirSync(join(dir, 'listings', 'example-org'), { recursive: true });
  cpSync(join(content, 'council.yaml'), join(dir, 'council.yaml'));
  cpSync(join(content, 'vocabularies'), join(dir, 'vocabularies'), { recursive: true });
  cpSync(join(content, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(content, 'listings', 'doncaster-family-hubs', 'stay-and-play-balby.yaml'), join(dir, 'listings', 'example-org', 'good.yaml'));
  writeFileSync(join(dir, 'listings', 'example-org', 'bad.yaml'), listing);
  return dir;
}

describe('the site loads listings through the validator', () => {
  it('fails the build with the validator report: file, line and what to fix', () => {
    const dir = contentWith(
      'name: Broken listing\norganization: Example\nsummary: Something.\ndescription: Text.\nneeds: [parenting]\nlevel_of_need: everyone\n',
    );
    expect(() => loadCheckedDirectory(resolve(dir, '..'), dir)).toThrow(
      /site was not built[\s\S]*example-org\/bad\.yaml[\s\S]*line 6[\s\S]*level_of_need/,
    );
  });

  it('loads a valid directory with every listing', () => {
    const sample = readFileSync(join(content, 'listings', 'doncaster-family-hubs', 'stay-and-play-balby.yaml'), 'utf8');
    const dir = contentWith(sample.replace(/^name: .*$/m, 'name: Stay and Play at Balby, Saturday session'));
    const loaded = loadCheckedDirectory(resolve(dir, '..'), dir);
    expect(loaded.listings.map((l) => l.id).sort()).toEqual(['example-org/bad', 'example-org/good']);
  });
});
