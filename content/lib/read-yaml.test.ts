import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readYaml } from './read-yaml.ts';

describe('readYaml', () => {
  it('reads files with a byte order mark and Windows line endings, and finds lines', () => {
    const parsed = readYaml('\uFEFFname: Café Cymraeg\r\nlocations:\r\n  - name: Neuadd\r\n    postal_code: DN4 0TY\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ name: 'Café Cymraeg', locations: [{ name: 'Neuadd', postal_code: 'DN4 0TY' }] });
    expect(parsed.lineOf(['locations', 0, 'postal_code'])).toBe(4);
    expect(parsed.lineOf(['locations', 3, 'name'])).toBe(3); // the list itself, as item 3 does not exist
  });
  it('reports YAML mistakes with their line instead of throwing', () => {
    const parsed = readYaml('name: A\nsummary: "unclosed\nneeds: [send\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ severity: 'error' });
    expect(parsed.problems[0]?.line).toBeGreaterThan(1);
  });
  it('refuses a huge file before parsing it', () => {
    const parsed = readYaml(`description: ${'x'.repeat(MAX_FILE_BYTES + 1)}`);
    expect(parsed.problems[0]?.message).toMatch(/over the 100 KB limit for a listing\. Shorten the description/);
  });
  it('tells a data file over the limit to split, not to shorten a description', () => {
    const parsed = readYaml(`phrases: [${'x, '.repeat(MAX_FILE_BYTES / 3)}]`, 'limit for a data file. Split it.');
    expect(parsed.problems[0]?.message).toMatch(/KB, over the 100 KB limit for a data file\. Split it\.$/);
  });
});

describe('readYaml points syntax errors at the line to fix', () => {
  it('an unclosed quote or list at the line where it opens', () => {
    expect(readYaml('name: A\nsummary: "unclosed\nneeds: [send]\ncost: free\n').problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('quote opened on this line is never closed') }),
    ]);
    expect(readYaml('name: A\nneeds: [send\ncost: free\n').problems[0]?.line).toBe(2);
  });
  it('a repeated field by name, and a tab once rather than on every later line', () => {
    expect(readYaml('name: A\nname: B\n').problems[0]?.message).toBe('The field "name" is written twice. Keep one of them.');
    expect(readYaml('a:\n  b: 1\n\tc: 2\n  d: 3\n  e: 4\n').problems).toHaveLength(1);
  });
  it('text that is not UTF-8', () => {
    expect(readYaml('name: Caf\uFFFD\n').problems[0]?.message).toMatch(/not UTF-8/);
  });
});

describe('readYaml refuses hostile files quickly instead of hanging or crashing', () => {
  it('thousands of nested brackets', () => {
    expect(readYaml(`needs: ${'['.repeat(40_000)}`).problems[0]?.message).toMatch(
      /40000 brackets \(\[ or \{\) inside each other, starting on line 1/,
    );
  });
  it('but not brackets in the text of a description', () => {
    expect(readYaml(`description: |\n${'  [see [this] [that\n'.repeat(100)}needs: [a]\n`).problems).toEqual([]);
  });
  it('an alias bomb', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(readYaml(bomb).problems[0]?.message).toMatch(/repeats aliases/);
  });
  it('a field written twice inside a group, at its own line', () => {
    expect(readYaml('a: 1\nb:\n  c: 1\n  c: 2\n').problems).toEqual([
      expect.objectContaining({ line: 4, message: 'The field "c" is written twice. Keep one of them.' }),
    ]);
  });
});

describe('readYaml with hostile files', () => {
  it('gives mappings no prototype, so built-in names are only keys', () => {
    const parsed = readYaml('name: x\n__proto__: {polluted: true}\nconstructor: 2\ntoString: 3\n');
    const data = parsed.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(['name', '__proto__', 'constructor', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says merge keys are not allowed, at their line', () => {
    expect(readYaml('a: &x {b: 1}\nc:\n  <<: *x\n').problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/^Merge keys \("<<"\) are not allowed/) }),
    ]);
  });

  it('refuses a %YAML directive, which would change what values mean', () => {
    expect(readYaml('%YAML 1.1\n---\nname: no\n').problems[0]?.message).toMatch(/^Remove the "%YAML" line/);
  });

  it('points deep nesting at the line that goes too deep', () => {
    const parsed = readYaml(`name: x\nsummary: y\nextra:\n  ${'- '.repeat(5000)}1\n`);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/^Line 4 is nested \d+ levels deep/) })]);
  });
});

describe('readYaml with tags and aliases', () => {
  it('refuses tags, which change what a value is or are silently ignored', () => {
    for (const tag of ['!!binary aGVsbG8=', '!!set {a, b}', '!custom x', '!!float 1']) {
      expect(readYaml(`name: x\nsummary: ${tag}\n`).problems, tag).toEqual([
        expect.objectContaining({ line: 2, message: expect.stringMatching(/^Remove the tag "!/) }),
      ]);
    }
  });
  it('says which alias has no anchor, at its line', () => {
    expect(readYaml('name: x\nsummary: *missing\n').problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('the alias *missing has no &missing before it') }),
    ]);
  });
});
