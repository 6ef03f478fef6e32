/** Pure: the Lighthouse scores and failing audits of each page, as the Markdown kept in bench/lighthouse.md. */

export interface PageScores {
  name: string;
  path: string;
  /** 0 to 100. */
  accessibility: number;
  bestPractices: number;
  /** Audits that did not pass, as "category: title". */
  failing: string[];
  /** How the page does on a phone, as Lighthouse simulates one (mid-range, slow 4G, CPU four times slower). */
  phone?: PhoneFigures;
}

export interface PhoneFigures {
  /** Lighthouse's performance score, 0 to 100. */
  performance: number;
  /** Total blocking time: how long the page's main thread could not answer a tap or a key, in ms. */
  tbtMs: number;
  /** Largest contentful paint: when the biggest thing on screen arrived, in ms. */
  lcpMs: number;
  /** Cumulative layout shift: how much the page jumped while loading (0 is none; Google's "good" is 0.1 or less). */
  cls: number;
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
    '# Lighthouse: accessibility, best practices and phone performance',
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
    ...phoneSection(pages),
  ].join('\n');
}

/** The phone figures, where they were measured: one run each, so expect a few points' noise between runs. */
function phoneSection(pages: readonly PageScores[]): string[] {
  const measured = pages.filter((p): p is PageScores & { phone: PhoneFigures } => p.phone !== undefined);
  if (measured.length === 0) return [];
  const row = ({ name, phone: f }: PageScores & { phone: PhoneFigures }) =>
    `| ${name} | ${f.performance} | ${Math.round(f.tbtMs)} ms | ${(f.lcpMs / 1000).toFixed(1)} s | ${f.cls.toFixed(2)} |`;
  return [
    '## On a phone',
    '',
    "Lighthouse's performance run on the same pages, simulating a mid-range phone on slow 4G with a CPU four times",
    'slower than this machine. Total blocking time is how long a tap or a key press could wait for the page.',
    '',
    '| Page | Performance | Total blocking time | Largest contentful paint | Layout shift |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...measured.map(row),
    '',
  ];
}
