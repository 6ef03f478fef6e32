import { describe, expect, it } from 'vitest';
import { progressLine, stderrProgress } from './progress-bar.ts';

describe('progress on stderr', () => {
  it('draws a bar with the count', () => {
    expect(progressLine(5, 10, 10)).toBe('[#####-----]  5/10 documents');
    expect(progressLine(0, 0, 4)).toBe('[####] 0/0 documents');
  });

  it('redraws the bar in place on a terminal', () => {
    const out: string[] = [];
    const p = stderrProgress({ isTTY: true, write: (t) => out.push(t) });
    p.step('Pushing');
    p.documents(1, 2);
    p.documents(2, 2);
    expect(out.join('')).toMatch(/^Pushing…\n\r\[#+-+\] 1\/2 documents\r\[#+\] 2\/2 documents\n$/);
  });

  it('prints only the steps when stderr is not a terminal (CI logs)', () => {
    const out: string[] = [];
    const p = stderrProgress({ isTTY: false, write: (t) => out.push(t) });
    p.step('Pushing');
    p.documents(1, 2);
    expect(out).toEqual(['Pushing…\n']);
  });
});
