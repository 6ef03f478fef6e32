import { describe, expect, it } from 'vitest';
import { lighthouseMarkdown, meetsGoals, toPercent } from './lighthouse-report.ts';

describe('lighthouse report', () => {
  it('turns scores into whole percentages, a missing score into 0', () => {
    expect(toPercent(0.954)).toBe(95);
    expect(toPercent(null)).toBe(0);
  });
  it('meets the goal only with accessibility 100 and best practices of 95 or more', () => {
    expect(meetsGoals({ accessibility: 100, bestPractices: 95 })).toBe(true);
    expect(meetsGoals({ accessibility: 99, bestPractices: 100 })).toBe(false);
    expect(meetsGoals({ accessibility: 100, bestPractices: 92 })).toBe(false);
  });
  it('writes a table of every page and lists the audits that did not pass', () => {
    const md = lighthouseMarkdown(
      [
        { name: 'Home', path: '/', accessibility: 100, bestPractices: 100, failing: [] },
        { name: 'Hubs', path: '/hubs/', accessibility: 96, bestPractices: 100, failing: ['accessibility: Links do not have a discernible name'] },
      ],
      { date: '2026-11-26', lighthouse: '12.2.3', chromium: 'Chromium 140' },
    );
    expect(md).toContain('| Home | `/` | 100 | 100 | yes |');
    expect(md).toContain('| Hubs | `/hubs/` | 96 | 100 | no |');
    expect(md).toContain('### Hubs\n\n- accessibility: Links do not have a discernible name');
    expect(md).not.toContain('### Home');
    expect(md).not.toContain('## On a phone');
  });
  it('adds the phone figures of the pages they were measured on', () => {
    const md = lighthouseMarkdown(
      [
        {
          name: 'Home',
          path: '/',
          accessibility: 100,
          bestPractices: 100,
          failing: [],
          phone: { performance: 98, tbtMs: 12.4, lcpMs: 1850, cls: 0 },
        },
        { name: 'Hubs', path: '/hubs/', accessibility: 100, bestPractices: 100, failing: [] },
      ],
      { date: '2026-12-05', lighthouse: '12.2.3', chromium: 'Chromium 140' },
    );
    expect(md).toContain('| Home | 98 | 12 ms | 1.9 s | 0.00 |');
    expect(md).not.toMatch(/\| Hubs \| \d+ \| \d+ ms/);
  });
});
