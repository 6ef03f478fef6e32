import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidation, type ValidationRun } from '../../content/lib/run-validation.ts';
import { loadCheckedDirectory } from '../../site/lib/directory.ts';

/**
 * The hostile corpus: one file per class of attack or accident (tests/fixtures/hostile), plus what cannot be
 * committed sensibly (symbolic links, a named pipe, a file name with a line break and a terminal escape),
 * made here in a temporary folder. One run over all of it, as one pull request would be checked.
 */
const root = resolve(import.meta.dirname, '../..');
const hostile = join(root, 'tests/fixtures/hostile');
const validListing = join(root, 'tests/fixtures/valid/apostrophes-and-ampersands.yaml');
const TODAY = '2026-11-26';

let tmp: string;
let fsDir: string;
let plain: ValidationRun;
let github: ValidationRun;
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fis-hostile-'));
  fsDir = join(tmp, 'file-system');
  mkdirSync(fsDir);
  symlinkSync('/etc/passwd', join(fsDir, 'link-to-system-file.yaml'));
  symlinkSync(validListing, join(fsDir, 'link-to-valid-listing-outside.yaml'));
  symlinkSync(join(root, 'tests/fixtures/valid'), join(fsDir, 'linked-folder'));
  symlinkSync(join(fsDir, 'loop-b.yaml'), join(fsDir, 'loop-a.yaml'));
  symlinkSync(join(fsDir, 'loop-a.yaml'), join(fsDir, 'loop-b.yaml'));
  symlinkSync('/dev/zero', join(fsDir, 'link-to-device.yaml'));
  if (hasMkfifo) spawnSync('mkfifo', [join(fsDir, 'named-pipe.yaml')]);
  cpSync(validListing, join(fsDir, '_draft-listing.yaml'));
  writeFileSync(join(fsDir, 'name\n::error::forged\u001b[31m.yaml'), readFileSync(validListing));
  // 90 KB of unclosed "<a" in a name once took the tag check 25 seconds: it must be refused by its length at once.
  writeFileSync(join(fsDir, 'slow-name.yaml'), readFileSync(validListing, 'utf8').replace(/^name: .*$/m, `name: "${'<a'.repeat(45_000)}"`));
  const env = { GITHUB_ACTIONS: 'true' };
  plain = runValidation({ root, paths: [hostile, fsDir, '/dev/null'], today: TODAY, timed: false, env: {} });
  github = runValidation({ root, paths: [hostile, fsDir], today: TODAY, timed: false, env });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const stable = (s: string) =>
  s
    .replaceAll(/\S*fis-hostile-[^/\s]+\//g, '<tmp>/')
    .replace(/^(?:\.\.\/)+dev\/null$/m, '/dev/null')
    .replace(/\n\n<tmp>\/file-system\/named-pipe\.yaml\n.*/, '');

describe('the validator over the hostile corpus', () => {
  it('pins the whole report: every class refused with a plain message naming file, field and line', () => {
    expect(stable(plain.output)).toMatchSnapshot();
  });

  it('reports every hostile file, and publishes only the one genuine listing', () => {
    const withErrors = new Set(plain.directory!.problems.filter((p) => p.severity === 'error').map((p) => p.file.split('/').pop()));
    for (const f of readdirSync(hostile).filter((n) => n !== 'near-copy-a.yaml')) expect(withErrors, f).toContain(f);
    expect(plain.directory!.listings.map((l) => l.file)).toEqual(['tests/fixtures/hostile/near-copy-a.yaml']);
    for (const p of plain.directory!.problems) expect(p.line, `${p.file}: ${p.message}`).toBeGreaterThan(0);
  });

  it('refuses links, loops, pipes and devices without reading them, and counts the draft', () => {
    const refused = (name: string) => plain.directory!.problems.find((p) => p.file.endsWith(name))?.message;
    for (const name of [
      'link-to-system-file.yaml',
      'link-to-valid-listing-outside.yaml',
      'linked-folder',
      'loop-a.yaml',
      'loop-b.yaml',
      'link-to-device.yaml',
    ]) {
      expect(refused(name), name).toMatch(/^This is a symbolic link, not a file or folder, so it was not read\./);
    }
    if (hasMkfifo) expect(refused('named-pipe.yaml')).toMatch(/^This is a named pipe, not a listing file/);
    expect(refused('/dev/null')).toMatch(/^This is a device, not a listing file/);
    expect(plain.output).not.toContain('root:');
    expect(plain.output).toContain('Skipped 1 draft (file names starting with _)');
  });

  it('keeps the summary count exact, with more problems than it shows', () => {
    const errors = plain.directory!.problems.filter((p) => p.severity === 'error');
    const files = new Set(errors.map((p) => p.file));
    expect(plain.output).toContain(`${errors.length} errors in ${files.size} files. 1 of ${plain.directory!.filesChecked} listings are valid.`);
  });
});

describe('nothing a file contains can act on the terminal or the CI log', () => {
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it('prints no control characters, and every line is one the validator wrote', () => {
    for (const out of [plain.output, github.output]) {
      expect(out).not.toMatch(controls);
      for (const line of out.split('\n')) {
        expect(line, line).not.toMatch(/^All \d+ listings? (is|are) valid/);
        if (line.startsWith('::')) expect(line, line).toMatch(/^::(error|warning) file=[^:\n]*::/);
      }
    }
  });

  it('escapes the forged commands into the annotations they belong to', () => {
    const forged = github.output.split('\n').filter((l) => l.includes('forged'));
    expect(forged.length).toBeGreaterThan(0);
    for (const line of forged) expect(line).toMatch(/^(::error file=[^\n]*|[^:][^\n]*)$/);
    expect(github.output).not.toMatch(/^::stop-commands::/m);
    expect(github.output).toContain('\\x1B[31m.yaml');
  });
});

describe('the site build gate', () => {
  it('refuses to build when content/listings holds a symbolic link, naming the link', () => {
    const content = contentCopy(join(tmp, 'site'));
    mkdirSync(join(content, 'listings', 'an-organisation'));
    symlinkSync(validListing, join(content, 'listings', 'an-organisation', 'linked.yaml'));
    expect(() => loadCheckedDirectory(join(tmp, 'site'), content)).toThrow(
      /linked\.yaml\n {2}Error on line 1: This is a symbolic link, not a file or folder, so it was not read\./,
    );
  });
});

describe('broken council files', () => {
  it('say which file is wrong, plainly and escaped, instead of a stack trace', () => {
    const root2 = join(tmp, 'broken');
    const needs = join(contentCopy(root2), 'vocabularies', 'needs.yaml');
    writeFileSync(needs, 'needs:\n  - id: "x\\e[2J"\n');
    const r = runValidation({ root: root2, paths: [], today: TODAY, env: {} });
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(
      /^The council's settings or vocabularies could not be read, so no listing was checked\. Fix this first:\n {2}\S*needs\.yaml/,
    );
    expect(r.output).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.output).not.toMatch(/\n\s+at /);
  });
});

/**
 * A content folder of real copies (council.yaml and the vocabularies), so a test can break one without writing
 * through a link into the repository's own files. The postcode data is only read, so it is linked.
 */
function contentCopy(at: string): string {
  const content = join(at, 'content');
  mkdirSync(join(content, 'listings'), { recursive: true });
  cpSync(join(root, 'content', 'council.yaml'), join(content, 'council.yaml'));
  cpSync(join(root, 'content', 'vocabularies'), join(content, 'vocabularies'), { recursive: true });
  symlinkSync(join(root, 'content', 'data'), join(content, 'data'));
  if (lstatSync(join(content, 'vocabularies')).isSymbolicLink()) throw new Error('The copy must not link to the repository');
  return content;
}
