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
    expect(formatReport([], 2, 1234, { validFiles: ['x.yaml', 'y.yaml'] })).toBe('Valid:\n  x.yaml\n  y.yaml\n\nAll 2 listings are valid. Checked in 1.23 s.');
  });
});

describe('githubAnnotations', () => {
  it('escapes the message and the properties as GitHub expects', () => {
    const out = githubAnnotations([{ file: 'a,b.yaml', line: 2, field: 'x', message: '50% done\nnext', severity: 'error' }]);
    expect(out).toBe('::error file=a%2Cb.yaml,line=2,title=x::50%25 done%0Anext');
  });
});
