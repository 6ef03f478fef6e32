import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, commentMarkdown, parseNameStatus, planPreview, servicePath } from './plan.ts';

const diff = [
  'M\tcontent/listings/doncaster-family-hubs/stay-and-play-balby.yaml',
  'A\tcontent/listings/new-org/baby-swim.yml',
  'D\tcontent/listings/old-org/closed-club.yaml',
  'R087\tcontent/listings/a/old-name.yaml\tcontent/listings/a/new-name.yaml',
  'M\tcontent/vocabularies/needs.yaml',
  'M\tREADME.md',
  'M\tcontent/listings/README.md',
].join('\n');

describe('the provider preview plan', () => {
  it('sorts changed files into listing pages to show, listings removed, and shared content', () => {
    expect(planPreview(parseNameStatus(diff))).toEqual({
      listings: [
        'content/listings/a/new-name.yaml',
        'content/listings/doncaster-family-hubs/stay-and-play-balby.yaml',
        'content/listings/new-org/baby-swim.yml',
      ],
      removed: ['content/listings/old-org/closed-club.yaml'],
      other: ['content/listings/README.md', 'content/vocabularies/needs.yaml'],
    });
  });

  it('maps a listing id to its service page', () => {
    expect(servicePath('doncaster-family-hubs/stay-and-play-balby')).toBe('/services/doncaster-family-hubs/stay-and-play-balby/');
  });
});

describe('the preview comment', () => {
  const plan = { listings: ['content/listings/o/a.yaml'], removed: [], other: [] };

  it('lists each page with its screenshots and folds the validator report away', () => {
    const md = commentMarkdown({
      plan,
      notShown: [],
      validation: { ok: true, report: 'All 1 listing is valid.' },
      pages: [{ id: 'o/a', name: 'Stay | Play', path: '/services/o/a/', shots: ['o__a--phone.png', 'o__a--desktop.png'] }],
    });
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md).toContain('| Stay \\| Play | `/services/o/a/` | `o__a--phone.png`, `o__a--desktop.png` |');
    expect(md).toContain('<details><summary>What the checks said</summary>\n\n```text\nAll 1 listing is valid.\n```');
  });

  it('leads with the problems when the checks fail, and shows no pages', () => {
    const md = commentMarkdown({
      plan,
      notShown: [],
      pages: [],
      validation: { ok: false, report: 'content/listings/o/a.yaml\n  Error on line 3 (needs): ```x```' },
    });
    expect(md).toContain('**The checks found problems.**');
    expect(md).not.toContain('| Service |');
    expect(md).toContain("Error on line 3 (needs): '''x'''");
  });

  it('says what it left out and what else changed', () => {
    const md = commentMarkdown({
      plan: { listings: [], removed: ['content/listings/o/gone.yaml'], other: ['content/council.yaml'] },
      notShown: ['content/listings/o/b.yaml'],
      pages: [],
      validation: { ok: true, report: '' },
    });
    expect(md).toContain('Not shown, to keep this short: 1 more changed listing (`content/listings/o/b.yaml`).');
    expect(md).toContain('Removed when this is merged: `content/listings/o/gone.yaml`.');
    expect(md).toContain('This also changes shared files, which can change many pages: `content/council.yaml`.');
  });
});
