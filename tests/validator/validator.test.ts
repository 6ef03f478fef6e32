import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidation, type ValidationRun } from '../../content/lib/run-validation.ts';

const root = resolve(import.meta.dirname, '../..');
const invalid = join(root, 'tests/fixtures/invalid');
const valid = join(root, 'tests/fixtures/valid');
const TODAY = '2026-11-26';

// A 1 MB listing is generated here rather than committed: it must be refused as an error, not hang the run.
let tmp: string;
let huge: string;
let run: ValidationRun;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fis-validator-'));
  mkdirSync(join(tmp, 'generated'));
  huge = join(tmp, 'generated', 'huge-file.yaml');
  writeFileSync(huge, `name: Huge\ndescription: |\n${'  A very long description that goes on and on.\n'.repeat(22_000)}`);
  // ONE run over every fixture, valid and invalid, as a pull request with many files would be checked.
  run = runValidation({ root, paths: [invalid, valid, huge], today: TODAY, timed: false, env: {} });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The report with the temporary folder's path made stable. */
const stable = (s: string) => s.replaceAll(/\S*fis-validator-[^/\s]+\//g, '<tmp>/');

describe('npm run validate over the fixtures', () => {
  it('pins the whole report: file, field and line in every message', () => {
    expect(stable(run.output)).toMatchSnapshot();
  });

  it('fails the run, with a non-zero exit code', () => {
    expect(run.exitCode).toBe(1);
  });

  it('reports every invalid fixture with at least one error that has a line number', () => {
    const files = new Set(run.directory!.problems.filter((p) => p.severity === 'error').map((p) => p.file.split('/').pop()));
    const expected = ['huge-file.yaml', ...readdirSync(invalid).filter((f) => f !== 'duplicate-id.yaml')];
    expect([...files].sort()).toEqual(expected.sort());
    for (const p of run.directory!.problems) expect(p.line, `${p.file}: ${p.message}`).toBeGreaterThan(0);
  });

  it('names the field for every problem inside a listing', () => {
    const fieldless = run.directory!.problems.filter((p) => p.field === '').map((p) => p.file.split('/').pop());
    // Only problems with the file as a whole have no field: syntax, encoding, size, name and id.
    expect(new Set(fieldless)).toEqual(
      new Set([
        'Bad_File_Name.yaml',
        'duplicate-id.yml',
        'duplicate-key.yaml',
        'empty-file.yaml',
        'huge-file.yaml',
        'not-utf8.yaml',
        'tab-indentation.yaml',
        'unclosed-list.yaml',
        'unclosed-quote.yaml',
      ]),
    );
  });

  it('reports the valid files as valid in the same run', () => {
    const ids = run.directory!.listings.map((l) => l.file);
    expect(ids).toEqual(
      expect.arrayContaining([
        'tests/fixtures/valid/apostrophes-and-ampersands.yaml',
        'tests/fixtures/valid/bom-and-crlf.yaml',
        'tests/fixtures/valid/welsh-polish-urdu.yaml',
      ]),
    );
    expect(run.output).toMatch(
      /Valid:\n {2}tests\/fixtures\/invalid\/duplicate-id\.yaml\n {2}tests\/fixtures\/valid\/apostrophes-and-ampersands\.yaml/,
    );
  });

  it('keeps non-ASCII text, apostrophes and ampersands exactly as written', () => {
    const byFile = Object.fromEntries(run.directory!.listings.map((l) => [l.file.split('/').pop(), l.listing]));
    expect(byFile['welsh-polish-urdu.yaml']?.name).toBe('Grŵp Chwarae: Spotkania dla rodziców / والدین کا گروپ');
    expect(byFile['apostrophes-and-ampersands.yaml']?.summary).toBe('It\'s a friendly group for mums & dads: come along, "no questions asked".');
    expect(byFile['bom-and-crlf.yaml']?.description).not.toMatch(/\r/);
  });

  it('points an unclosed quote at the line where it opens, not the end of the file', () => {
    const p = run.directory!.problems.find((x) => x.file.endsWith('unclosed-quote.yaml'));
    expect(p?.line).toBe(4);
  });
});

describe('sizes are bounded', () => {
  it('refuses a 200 MB file by its size, without reading it', () => {
    const big = join(tmp, 'generated', 'two-hundred-mb.yaml');
    truncateSync(openAndClose(big), 200_000_000); // a sparse file: instant to make, slow to read
    const r = runValidation({ root, paths: [big], today: TODAY, timed: false, env: {} });
    expect(r.exitCode).toBe(1);
    expect(r.directory!.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/^This file is 200,000 KB, over the 100 KB limit/) }),
    ]);
  }, 5_000);
});

describe('the validate command', () => {
  it('exits 1 and prints annotations at file and line in GitHub Actions', () => {
    const node = join(root, 'node_modules/.bin/node');
    const r = spawnSync(node, ['scripts/validate.ts', 'tests/fixtures/invalid/many-problems.yaml', 'tests/fixtures/valid'], {
      cwd: root,
      env: { ...process.env, GITHUB_ACTIONS: 'true', FIS_TODAY: TODAY },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error file=tests/fixtures/invalid/many-problems.yaml,line=19,title=locations[0].postal_code::S1 2HE is outside Doncaster.',
    );
    expect(r.stdout).toMatch(/6 errors in 1 file, 1 warning\. 4 of 5 listings are valid\./);
  });

  it('exits 0 when every file is valid, and 2 when a path does not exist', () => {
    expect(runValidation({ root, paths: [valid], today: TODAY, env: {} }).exitCode).toBe(0);
    expect(runValidation({ root, paths: [join(root, 'no-such-folder')], env: {} }).exitCode).toBe(2);
  });
});

function openAndClose(path: string): string {
  closeSync(openSync(path, 'w'));
  return path;
}
