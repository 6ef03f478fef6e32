import { describe, expect, it } from 'vitest';
import { formatReport, githubAnnotations } from './format-problems.ts';
import type { Problem } from './problem.ts';

const problems: Problem[] = [
  { file: 'content/listings/a/b.yaml', line: 9, field: 'needs[0]', message: 'Second', severity: 'error' },
  { file: 'content/listings/a/b.yaml', line: 3, field: 'name', message: 'First', severity: 'error' },
  { file: 'content/listings/a/c.yaml', line: 5, field: 'send_maximum_age', message: 'Check it', severity: 'warning' },
];

describe('formatReport', () => {
  it('gives one block per file, problems in line order, and a summary count', () => {
    expect(formatReport(problems, 3)).toBe(
      [
        'content/listings/a/b.yaml\n  Error on line 3 (name): First\n  Error on line 9 (needs[0]): Second',
        'content/listings/a/c.yaml\n  Warning on line 5 (send_maximum_age): Check it',
        '2 errors in 1 file, 1 warning. 2 of 3 listings are valid. Checked.',
      ].join('\n\n'),
    );
  });
  it('lists named files that are valid, and says when all are valid', () => {
    expect(formatReport([], 2, 1234, { validFiles: ['x.yaml', 'y.yaml'] })).toBe(
      'Valid:\n  x.yaml\n  y.yaml\n\nAll 2 listings are valid. Checked in 1.23 s.',
    );
  });
});

describe('githubAnnotations', () => {
  it('escapes the message and the properties as GitHub expects', () => {
    const out = githubAnnotations([{ file: 'a,b.yaml', line: 2, field: 'x', message: '50% done\nnext', severity: 'error' }]);
    // A line break from the file is shown as \n rather than kept: it was data, not part of our message.
    expect(out).toBe('::error file=a%2Cb.yaml,line=2,title=x::50%25 done\\nnext');
  });

  it('cannot be made to print a workflow command of its own', () => {
    const out = githubAnnotations([
      {
        file: 'x.yaml\n::stop-commands::abc',
        line: 1,
        field: 'a:b\r\n::error::x',
        message: 'ok\n::error file=y::All listings are valid\u001b[2J',
        severity: 'error',
      },
    ]);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/[\u0000-\u001f]/);
    expect(out).toContain('\\x1B[2J');
  });

  it('caps each file at 20 annotations, then one that says how many more', () => {
    const many: Problem[] = Array.from({ length: 25 }, (_, i) => ({ file: 'f.yaml', line: i + 1, field: 'x', message: `m${i}`, severity: 'error' }));
    const lines = githubAnnotations(many).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('::error file=f.yaml,title=listing::…and 5 more problems in this file.');
  });
});

describe('formatReport with hostile text', () => {
  it('shows control characters from files, fields and messages instead of printing them', () => {
    const out = formatReport(
      [{ file: '::error::x.yaml', line: 1, field: 'a\u001b[31m', message: 'b\n\nAll 1 listing is valid. Checked.\u202e', severity: 'error' }],
      1,
    );
    expect(out).toBe(
      '\\::error::x.yaml\n  Error on line 1 (a\\x1B[31m): b\\n\\nAll 1 listing is valid. Checked.\\u202E\n\n1 error in 1 file. 0 of 1 listings are valid. Checked.',
    );
  });

  it('caps each file at 20 lines and keeps the summary count exact', () => {
    const many: Problem[] = Array.from({ length: 23 }, (_, i) => ({ file: 'f.yaml', line: i + 1, field: '', message: `m${i}`, severity: 'error' }));
    const out = formatReport(many, 4);
    expect(out.split('\n').filter((l) => l.startsWith('  Error'))).toHaveLength(20);
    expect(out).toContain('  …and 3 more problems in this file. Fix the ones above, then check again.');
    expect(out).toMatch(/23 errors in 1 file\. 3 of 4 listings are valid\./);
  });

  it('says how many drafts it skipped', () => {
    expect(formatReport([], 1, undefined, { drafts: 2 })).toContain('Skipped 2 drafts (file names starting with _)');
  });
});
