/** Pure: the Lighthouse scores and failing audits of each page, as the Markdown kept in bench/lighthouse.md. */

export interface PageScores {
  name: string;
  path: string;
  /** 0 to 100. */
  accessibility: number;
  bestPractices: number;
  /** Audits that did not pass, as "category: title". */
  failing: string[];
}

export const GOALS = { accessibility: 100, bestPractices: 95 } as const;

export function meetsGoals(p: Pick<PageScores, 'accessibility' | 'bestPractices'>): boolean {
  return p.accessibility >= GOALS.accessibility && p.bestPractices >= GOALS.bestPractices;
}

/** Lighthouse's 0–1 score as a whole number out of 100; a missing score (the audit could not run) is 0. */
export function toPercent(score: number | null | undefined): number {
  return Math.round((score ?? 0) * 100);
}

export function lighthouseMarkdown(pages: readonly PageScores[], meta: { date: string; lighthouse: string; chromium: string }): string {
  const row = (p: PageScores) => `| ${p.name} | \`${p.path}\` | ${p.accessibility} | ${p.bestPractices} | ${meetsGoals(p) ? 'yes' : 'no'} |`;
  const failing = pages.filter((p) => p.failing.length > 0);
  return [
    '# Lighthouse: accessibility and best practices',
    '',
    `Measured on ${meta.date} with Lighthouse ${meta.lighthouse} in ${meta.chromium} (headless, mobile emulation), against the built`,
    'site served by `astro preview`. Run `npm run build && npm run lighthouse` to measure again; this file is rewritten.',
    '',
    `Goal: accessibility ${GOALS.accessibility}, best practices ${GOALS.bestPractices} or more, on every page.`,
    '',
    '| Page | Path | Accessibility | Best practices | Meets the goal |',
    '| --- | --- | ---: | ---: | --- |',
    ...pages.map(row),
    '',
    '## Audits that did not pass',
    '',
    ...(failing.length === 0 ? ['None.'] : failing.flatMap((p) => [`### ${p.name}`, '', ...p.failing.map((f) => `- ${f}`), ''])),
    '',
  ].join('\n');
}
