/**
 * The pure part of a provider's pull-request preview: which changed files are listings (one page each), and
 * the comment that shows them. scripts/preview-screenshots.ts does the git, build and browser work around it.
 */

/** One line of `git diff --name-status`: A, M, D, or R/C with a score (the new path is the one kept). */
export interface ChangedFile {
  status: string;
  path: string;
}

export interface PreviewPlan {
  /** Listing files added or changed: each has a service page to show. */
  listings: string[];
  /** Listing files deleted: their pages go when this is merged. */
  removed: string[];
  /** Other content files changed (vocabularies, council settings, data): these can change many pages. */
  other: string[];
}

const LISTING = /^content\/listings\/.+\.ya?ml$/;

/** Parse `git diff --name-status` output. */
export function parseNameStatus(text: string): ChangedFile[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const parts = line.split('\t');
      return { status: parts[0]!.charAt(0), path: parts[parts.length - 1]! };
    });
}

export function planPreview(changed: readonly ChangedFile[]): PreviewPlan {
  const plan: PreviewPlan = { listings: [], removed: [], other: [] };
  for (const { status, path } of changed) {
    if (!path.startsWith('content/')) continue;
    if (LISTING.test(path)) (status === 'D' ? plan.removed : plan.listings).push(path);
    else plan.other.push(path);
  }
  for (const list of Object.values(plan)) list.sort();
  return plan;
}

/** The service page of a listing id (the path below content/listings without the extension). */
export const servicePath = (id: string) => `/services/${id}/`;

export interface ShotPage {
  id: string;
  name: string;
  path: string;
  /** Screenshot file names, in the artifact. */
  shots: string[];
}

export interface CommentInput {
  plan: PreviewPlan;
  pages: ShotPage[];
  /** Listing files changed but not shown (past the limit). */
  notShown: string[];
  validation: { ok: boolean; report: string };
}

/** Marks the one comment the preview keeps up to date, so a new push edits it instead of adding another. */
export const COMMENT_MARKER = '<!-- fis-provider-preview -->';
const MAX_REPORT = 20_000;

export function commentMarkdown(input: CommentInput): string {
  const { plan, pages, validation } = input;
  const lines = [COMMENT_MARKER, '## How your changes will look', ''];
  if (!validation.ok) {
    lines.push(
      '**The checks found problems.** Fix the errors below (each names the file and line), push again, and this comment will show your pages.',
      '',
    );
  } else if (pages.length > 0) {
    lines.push(
      `Here is each changed service page as families will see it once this is merged. The screenshots (phone and desktop) are in the **preview** download at the link below.`,
      '',
    );
    lines.push('| Service | Page | Screenshots |', '|---|---|---|');
    for (const p of pages) lines.push(`| ${escapeCell(p.name)} | \`${p.path}\` | ${p.shots.map((s) => `\`${s}\``).join(', ')} |`);
    lines.push('');
  } else {
    lines.push('No listing pages changed in this pull request.', '');
  }
  if (input.notShown.length > 0)
    lines.push(
      `Not shown, to keep this short: ${input.notShown.length} more changed listing${input.notShown.length === 1 ? '' : 's'} (${input.notShown
        .slice(0, 10)
        .map((f) => `\`${f}\``)
        .join(', ')}${input.notShown.length > 10 ? ', …' : ''}).`,
      '',
    );
  if (plan.removed.length > 0) lines.push(`Removed when this is merged: ${plan.removed.map((f) => `\`${f}\``).join(', ')}.`, '');
  if (plan.other.length > 0)
    lines.push(`This also changes shared files, which can change many pages: ${plan.other.map((f) => `\`${f}\``).join(', ')}.`, '');
  const report =
    validation.report.length > MAX_REPORT
      ? `${validation.report.slice(0, MAX_REPORT)}\n… (cut short: run npm run validate for the whole report)`
      : validation.report;
  lines.push('<details><summary>What the checks said</summary>', '', '```text', report.replaceAll('```', "'''"), '```', '', '</details>', '');
  return lines.join('\n');
}

const escapeCell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
