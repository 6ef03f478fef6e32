import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { formatReport, githubAnnotations } from '../../content/lib/format-problems.ts';
import { loadDirectory, type Directory } from '../../content/lib/load-directory.ts';
import { printable } from '../../content/lib/printable.ts';
import { findHiddenCharacter } from '../../content/schema/hidden-characters.ts';
import { email, plainLine } from '../../content/schema/primitives.ts';

/**
 * Properties of the validator for arbitrary input, shared by the bounded run in `npx vitest` and the long run
 * in `npm run fuzz`. Each returns a fast-check property; the runner decides how many cases.
 *
 * What must hold for ANY file: the check never throws, every problem names the file it is about (with a line
 * from 1 up, when it has one), the report and the GitHub annotations print nothing a file wrote as a control
 * character or a line of its own, and "All listings are valid" only when they are.
 */

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'content');
const TODAY = '2026-11-26';
const base = parse(readFileSync(join(root, 'tests/fixtures/valid/apostrophes-and-ampersands.yaml'), 'utf8')) as Record<string, unknown>;
// lineWidth 0: the yaml package folds long quoted lines, and can fold between the two halves of an emoji,
// which writes text that is not UTF-8 (the validator then rightly says so, instead of what the case is about).
const baseText = stringify(base, { lineWidth: 0 });

let loaded: Pick<Directory, 'council' | 'vocab' | 'postcodes'> | undefined;
function context() {
  loaded ??= loadDirectory({ contentDir, root, paths: [join(contentDir, 'council.yaml')], today: TODAY });
  return loaded;
}

// Pieces that have broken parsers and reports before: built-in names, YAML syntax, terminal and CI escapes.
const BUILT_INS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf', '<<'];
const FIELDS = Object.keys(base);
const NASTY = [
  '\u202e',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u0007',
  '\u001b[2J',
  '\u001b[31m',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '::error::x',
  '::stop-commands::t',
  '\nAll 1 listing is valid. Checked.\n',
  '%0A',
  '%25',
  '<script>',
  '<details open',
  '![x](https://e.example/p.gif)',
  '[a](java\tscript:alert(1))',
  'javascript:',
  'a?bcc=b@example.org',
  '&',
  '"',
  "'",
  '\\',
  '#',
  '&a',
  '*a',
  '!!binary',
  '{',
  '}',
  '[',
  ']',
  ': ',
  '- ',
  '|',
  '>-',
  '\ud800',
  '\udfff',
  '😀',
  '👨\u200d👩\u200d👧',
  'ﬀ',
  'Ｓ',
  'İ',
  'ß',
];

const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...NASTY, ...BUILT_INS, ...FIELDS), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 12 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const keyName = fc.oneof(fc.constantFrom(...BUILT_INS, ...FIELDS), hostileString);

const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyName, tie('value'), { maxKeys: 4 }),
  ),
}));

/** A valid listing with some fields replaced or added: well-formed YAML with hostile contents. */
const mutatedListing = fc.array(fc.tuple(keyName, anyValue), { maxLength: 4 }).map((changes) => {
  const doc = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(base)) doc[k] = v;
  for (const [k, v] of changes) Object.defineProperty(doc, k, { value: v, enumerable: true, writable: true, configurable: true });
  return stringify(doc, { lineWidth: 0 });
});

// Fragments of YAML syntax, put together into lines: mostly broken files, some deeply nested, some valid.
const FRAGMENTS = [
  'name: ',
  'needs: ',
  '  - ',
  '- ',
  '? ',
  ': ',
  '<<: *a',
  '&a ',
  '*a',
  '%YAML 1.1',
  '---',
  '...',
  '|',
  '>-',
  '"',
  "'",
  '[',
  '{',
  ']',
  '}',
  ',',
  '  ',
  '\t',
  '#',
  '!!str ',
  '!!binary ',
  '!foo ',
];
const yamlish = fc
  .array(
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), keyName, hostileString), { maxLength: 6 }).map((p) => p.join('')),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

/** A valid listing's text with hostile text spliced in somewhere. */
const spliced = fc.tuple(fc.nat({ max: baseText.length }), hostileString).map(([at, s]) => baseText.slice(0, at) + s + baseText.slice(at));

export const anyDocument = fc.oneof(mutatedListing, yamlish, spliced);

// A file name the file system accepts: no "/" and no NUL, at most 200 bytes.
const fileName = fc
  .oneof(hostileString, fc.constantFrom('::error::x', 'All 1 listing is valid', '_draft', '.hidden', 'Bad Name', 'ok-name'))
  .map((s) => s.replace(/[/\u0000]/g, '-').replace(/[\ud800-\udfff]/g, '-'))
  .filter((s) => s !== '' && s !== '.' && s !== '..' && Buffer.byteLength(s) <= 200);

export interface CheckedRun {
  dir: Directory;
  report: string;
  annotations: string;
  files: string[];
}

/** Write the documents as files in a fresh folder, check them, and hand back the reports. Cleans up after itself. */
export function checkDocuments(docs: readonly { name: string; text: string }[]): CheckedRun {
  const tmp = mkdtempSync(join(tmpdir(), 'fis-fuzz-'));
  try {
    const folder = join(tmp, 'org');
    mkdirSync(folder);
    const paths = docs.map((d, i) => join(folder, `${i}-${d.name}.yaml`));
    docs.forEach((d, i) => writeFileSync(paths[i]!, d.text));
    const dir = loadDirectory({ contentDir, root, paths: [folder], today: TODAY, reuse: context() });
    const files = paths.map((p) => relative(root, p).split(sep).join('/'));
    return {
      dir,
      report: formatReport(dir.problems, dir.filesChecked, undefined, { drafts: dir.drafts.length }),
      annotations: githubAnnotations(dir.problems),
      files,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** The report and annotations are escaped, name the files, and tell the truth in the summary. */
export function assertReportIsSafe(run: CheckedRun): void {
  const known = new Set(run.files);
  for (const p of run.dir.problems) {
    if (!known.has(p.file)) throw new Error(`A problem names a file that was not checked: ${printable(p.file)}`);
    if (typeof p.message !== 'string' || p.message.trim() === '') throw new Error(`A problem in ${printable(p.file)} has no message`);
    if (p.line !== undefined && !(Number.isInteger(p.line) && p.line >= 1)) throw new Error(`A problem in ${printable(p.file)} has line ${p.line}`);
  }
  const hasErrors = run.dir.problems.some((p) => p.severity === 'error');
  const lines = run.report.split('\n');
  lines.forEach((line, i) => {
    if (CONTROL.test(line)) throw new Error(`Report line ${i + 1} has a control character: ${printable(line)}`);
    if (line.startsWith('::')) throw new Error(`Report line ${i + 1} is a workflow command: ${line}`);
    if (/^All \d+ listings? (is|are) valid/.test(line) && (hasErrors || i !== lines.length - 1))
      throw new Error(`Report line ${i + 1} says all is valid: ${line}`);
  });
  if (!hasErrors && !lines[lines.length - 1]!.startsWith('All ')) throw new Error('A run without errors does not say so');
  for (const line of run.annotations === '' ? [] : run.annotations.split('\n')) {
    if (CONTROL.test(line)) throw new Error(`Annotation has a control character: ${printable(line)}`);
    if (!/^::(error|warning) file=[^:\n]*(,line=\d+)?,title=[^:\n]*::[^\n]*$/.test(line)) throw new Error(`Annotation is not one of ours: ${line}`);
  }
}

/** Every property, for the test and the fuzz script. */
export function validatorProperties(): { name: string; property: fc.IProperty<unknown[]> }[] {
  return [
    {
      name: 'any YAML-ish document: never throws, names the file, prints an escaped report',
      property: fc.property(fc.array(anyDocument, { minLength: 1, maxLength: 3 }), (texts) => {
        assertReportIsSafe(checkDocuments(texts.map((text) => ({ name: 'listing', text }))));
        if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted');
      }),
    },
    {
      name: 'any file name: the report names it escaped, and nothing it says becomes a line of its own',
      property: fc.property(fileName, anyDocument, (name, text) => {
        const run = checkDocuments([{ name, text }]);
        assertReportIsSafe(run);
        if (!name.startsWith('_') && !name.startsWith('.') && run.dir.filesChecked !== 1) throw new Error(`${printable(name)} was not checked`);
      }),
    },
    {
      name: 'a valid listing with one unknown key of any name: that key is reported at its line, and nothing else is',
      property: fc.property(
        keyName.filter((k) => !FIELDS.includes(k)),
        anyValue,
        (key, value) => {
          const doc = Object.create(null) as Record<string, unknown>;
          for (const [k, v] of Object.entries(base)) doc[k] = v;
          Object.defineProperty(doc, key, { value, enumerable: true, writable: true, configurable: true });
          const text = stringify(doc, { lineWidth: 0 });
          // A lone surrogate cannot be saved as UTF-8, and U+FFFD is what a decoder leaves for bytes that were not
          // UTF-8, so such a file is rightly reported as a whole ("not UTF-8 text"), not key by key: that case
          // belongs to the any-document properties, not this one.
          fc.pre(text.isWellFormed() && !text.includes('\uFFFD'));
          const run = checkDocuments([{ name: 'listing', text }]);
          assertReportIsSafe(run);
          // The key is reported, and nothing else in the (valid) listing is: every error is about the key or what is in it.
          const errors = run.dir.problems.filter((p) => p.severity === 'error');
          const about = errors.filter((e) => e.field === key || /merge keys/i.test(e.message)).map((e) => e.line ?? Infinity);
          const line = about.length > 0 ? Math.min(...about) : undefined;
          if (line === undefined)
            throw new Error(`The key ${printable(key)} was not reported: ${printable(errors.map((e) => e.message).join(' | '))}`);
          const other = errors.find((e) => e.line === undefined || e.line < line);
          if (other) throw new Error(`The key ${printable(key)} made another field fail: ${printable(other.message)}`);
        },
      ),
    },
    {
      name: 'any one-line text the schema accepts has no hidden characters and nothing that looks like HTML',
      property: fc.property(hostileString, (s) => {
        const r = plainLine(200).safeParse(s);
        if (!r.success) return;
        if (findHiddenCharacter(r.data)) throw new Error(`Accepted a hidden character: ${printable(r.data)}`);
        if (/<[a-z!?/]/i.test(r.data)) throw new Error(`Accepted HTML-like text: ${printable(r.data)}`);
      }),
    },
    {
      name: 'any email the schema accepts makes a mailto link to exactly one address, with no parameters',
      property: fc.property(
        fc.oneof(
          hostileString,
          fc.emailAddress(),
          fc.tuple(fc.emailAddress(), hostileString, fc.nat(30)).map(([e, s, at]) => e.slice(0, at) + s + e.slice(at)),
        ),
        (s) => {
          const r = email.safeParse(s);
          if (!r.success) return;
          const url = new URL(`mailto:${r.data}`);
          if (url.search !== '' || url.hash !== '' || /[\s?&%#<>"]/.test(r.data) || r.data.split('@').length !== 2)
            throw new Error(`Accepted ${printable(r.data)}`);
        },
      ),
    },
    {
      name: 'printable() leaves no control, format or separator character and no line break',
      property: fc.property(fc.string({ unit: 'binary' }), (s) => {
        const p = printable(s);
        if (CONTROL.test(p) || p.includes('\n')) throw new Error(`Not printable: ${JSON.stringify(p)}`);
      }),
    },
  ];
}
