import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDirectory, listingFiles } from '../../content/lib/load-directory.ts';
import type { FeedDocument } from '../../content/oruk/import-feed.ts';
import { promoteDraft } from '../../content/oruk/promote.ts';
import { MAX_SUMMARY_LINES, summaryLines } from '../../content/oruk/report.ts';
import { runImport } from '../../content/oruk/run-import.ts';

/**
 * Importing whole council-shaped feeds (tests/fixtures/oruk/feeds, built by make-feeds.ts): what the FIS
 * team gets. The checks are the properties every feed must have, never counts tuned to these feeds.
 */
const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const FEEDS = join(ROOT, 'tests/fixtures/oruk/feeds');
const TODAY = '2026-11-26';

const docs = (folder: string): FeedDocument[] =>
  readdirSync(join(FEEDS, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: `${folder}/${f}`, json: JSON.parse(readFileSync(join(FEEDS, folder, f), 'utf8')) as unknown }));

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => join(e.parentPath, e.name));

function importInto(folder: string) {
  const out = mkdtempSync(join(tmpdir(), 'oruk-feed-'));
  const result = runImport({ documents: docs(folder), out, root: ROOT, contentDir: CONTENT, sources: [folder], today: TODAY });
  return { out, ...result };
}

describe('importing a council-shaped v1 feed of this area', () => {
  const { out, report } = importInto('doncaster-v1');
  const files = allFiles(out).filter((f) => !f.endsWith('_needs-mapping.yaml'));
  const listings = files.map((f) => ({ f, text: readFileSync(f, 'utf8'), data: parse(readFileSync(f, 'utf8')) as Record<string, unknown> }));

  it('writes every service, ready or draft, and counts them', () => {
    expect(report.counts.ready + report.counts.draft).toBe(report.counts.services);
    expect(files).toHaveLength(report.counts.services);
    expect(report.counts.ready).toBeGreaterThan(0);
  });

  it('leaves no HTML entity or tag in any listing, and keeps paragraphs and lists', () => {
    // The whole file, header comments included: notes quote feed text.
    for (const { f, text } of listings) {
      expect(text, f).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
      expect(text, f).not.toMatch(/<\s*\/?\s*[a-z!][^>]*>/i);
    }
    const descriptions = listings.map((l) => String(l.data.description));
    expect(descriptions.some((d) => /\n\n/.test(d))).toBe(true);
    expect(descriptions.some((d) => /^- /m.test(d))).toBe(true);
    expect(descriptions.some((d) => /^1\. /m.test(d))).toBe(true);
  });

  it('keeps at least 95% of the feed’s web addresses', () => {
    expect(report.urls.percentKept).toBeGreaterThanOrEqual(95);
  });

  it('never widens a service to the whole borough without the feed saying so', () => {
    for (const { f, data } of listings) {
      if ((data.service_areas as string[]).includes('whole-borough')) {
        expect(readFileSync(f, 'utf8'), f).not.toMatch(/we put \[whole-borough\]/);
      }
    }
    expect(report.problems.area!.mustFix).toBeGreaterThan(0);
  });

  it('keeps the feed’s assured dates and invents none', () => {
    for (const { f, data, text } of listings) {
      if (data.assured_date === undefined) expect(text, f).toMatch(/MUST FIX: The feed gives no assured date/);
      else expect(data.assured_date, f).not.toBe(TODAY);
    }
    expect(report.counts.lapsedOnArrival).toBeGreaterThan(0);
  });

  it('writes only ready files that pass the validator', () => {
    const ready = files.filter((f) => !f.split('/').pop()!.startsWith('_'));
    const check = loadDirectory({ contentDir: CONTENT, root: ROOT, paths: ready, today: TODAY });
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(listingFiles(out)).toHaveLength(report.counts.ready);
  });

  it('prints a summary of at most 40 lines, and the JSON report lists the files by kind of problem', () => {
    const lines = summaryLines(report, { reportFile: 'report.json' });
    expect(lines.length).toBeLessThanOrEqual(MAX_SUMMARY_LINES);
    expect(lines.join('\n')).toMatch(/\d+ ready to review, \d+ drafts? to finish/);
    for (const p of Object.values(report.problems)) for (const file of p.listings) expect(files.map((f) => relative(ROOT, f))).toContain(file);
  });

  it('writes a needs mapping file the team edits, and the next import uses it and keeps edited listings', () => {
    const mappingFile = join(out, '_needs-mapping.yaml');
    const mapping = readFileSync(mappingFile, 'utf8');
    expect(mapping).toContain('"Autism": { needs: [send], reviewed: false }');
    writeFileSync(mappingFile, mapping.replace(/"Autism": \{[^}]*\}/, '"Autism": { needs: [send, parent-wellbeing], reviewed: true }'));
    const edited = listings.find((l) => !l.f.split('/').pop()!.startsWith('_'))!;
    writeFileSync(edited.f, edited.text.replace(/^name: (.*)$/m, 'name: $1 (checked)'));
    const again = runImport({ documents: docs('doncaster-v1'), out, root: ROOT, contentDir: CONTENT, sources: ['doncaster-v1'], today: TODAY });
    expect(again.report.counts.kept).toBe(1);
    expect(readFileSync(edited.f, 'utf8')).toContain('(checked)');
    expect(readFileSync(mappingFile, 'utf8')).toContain('"Autism": { needs: [send, parent-wellbeing], reviewed: true }');
    const autism = allFiles(out)
      .map((f) => parse(readFileSync(f, 'utf8')) as { needs?: string[]; name?: string })
      .filter((l) => l.name?.startsWith('Autism'));
    expect(autism.length).toBeGreaterThan(0);
    for (const l of autism) expect(l.needs).toContain('parent-wellbeing');
  });
});

describe('importing a feed again after it renamed a service', () => {
  it('moves an untouched listing to its new name, and keeps an edited one where it is', () => {
    const out = mkdtempSync(join(tmpdir(), 'oruk-rename-'));
    const page = docs('doncaster-v1')[0]!.json as { content: { id: string; name: string }[] };
    const two = { content: page.content.slice(0, 2) };
    const first = runImport({ documents: [{ file: 'f.json', json: two }], out, root: ROOT, contentDir: CONTENT, sources: ['f'], today: TODAY });
    const [a, b] =
      first.report.counts.services === 2
        ? allFiles(out)
            .filter((f) => !f.endsWith('_needs-mapping.yaml'))
            .sort()
        : [];
    writeFileSync(b!, readFileSync(b!, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (checked)'));
    const renamed = { content: two.content.map((s) => ({ ...s, name: `${s.name} Renamed` })) };
    const again = runImport({ documents: [{ file: 'f.json', json: renamed }], out, root: ROOT, contentDir: CONTENT, sources: ['f'], today: TODAY });
    const now = allFiles(out).filter((f) => !f.endsWith('_needs-mapping.yaml'));
    expect(now).toHaveLength(2);
    expect(now).not.toContain(a);
    expect(now).toContain(b);
    expect(now.some((f) => /-renamed\.yaml$/.test(f))).toBe(true);
    expect(again.report.counts.kept).toBe(1);
  });
});

describe('importing another council’s feed', () => {
  const { report } = importInto('elsewhere-v1');

  it('says in one line at the top that the feed cannot be placed here, and writes only drafts', () => {
    expect(report.unplaced).toMatch(/^None of the \d+ services can be placed in Doncaster/);
    expect(summaryLines(report)[0]).toMatch(/^WARNING: None of the/);
    expect(report.counts.ready).toBe(0);
    expect(report.problems.area!.listings).toHaveLength(report.counts.services);
  });
});

describe('promoting a draft the editor has finished', () => {
  it('refuses while MUST FIX lines remain or the validator objects, then makes it ready', () => {
    const { out } = importInto('doncaster-v1');
    const draft = allFiles(out).find((f) => {
      const t = readFileSync(f, 'utf8');
      return (
        f.split('/').pop()!.startsWith('_') &&
        !f.endsWith('_needs-mapping.yaml') &&
        /MUST FIX: The feed gives no assured date/.test(t) &&
        (t.match(/MUST FIX/g) ?? []).length === 1
      );
    })!;
    expect(draft).toBeDefined();
    const opts = { contentDir: CONTENT, root: ROOT, today: TODAY };
    const first = promoteDraft(draft, opts);
    expect(first.ok).toBe(false);
    expect(first.lines[0]).toContain('still has 1 MUST FIX line');
    expect(first.lines[1]).toContain('The feed gives no assured date');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^#.*MUST FIX.*\n/m, ''));
    const refused = promoteDraft(draft, opts);
    expect(refused.ok).toBe(false);
    expect(refused.lines.join('\n')).toMatch(/does not pass the validator yet[\s\S]*assured_date/);
    writeFileSync(draft, `${readFileSync(draft, 'utf8').trimEnd()}\nassured_date: ${TODAY}\n`);
    const done = promoteDraft(draft, opts);
    expect(done).toMatchObject({ ok: true });
    expect(readFileSync(done.target!, 'utf8')).toContain('Promoted to ready');
    // A later import leaves the promoted file alone.
    const again = runImport({ documents: docs('doncaster-v1'), out, root: ROOT, contentDir: CONTENT, sources: ['doncaster-v1'], today: TODAY });
    expect(again.report.counts.kept).toBe(1);
  });
});

describe('npm run import:oruk on files that are not feeds', () => {
  const node = join(ROOT, 'node_modules/.bin/node');
  const run = (...args: string[]) =>
    spawnSync(node, [join(ROOT, 'scripts/import-oruk.ts'), ...args], { cwd: ROOT, env: { ...process.env, FIS_TODAY: TODAY }, encoding: 'utf8' });

  it('stops with a clear message and a non-zero exit for a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oruk-bad-'));
    writeFileSync(join(dir, 'feed.json'), '<html>Not found</html>');
    const r = run(join(dir, 'feed.json'), '--out', join(dir, 'out'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/feed\.json line 1: this is not valid JSON/);
  });

  it('accepts JSON with a byte-order mark, and writes the JSON report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oruk-bom-'));
    const feed = docs('doncaster-v1')[0]!.json as { content: unknown[] };
    writeFileSync(join(dir, 'feed.json'), `\uFEFF${JSON.stringify({ ...feed, content: feed.content.slice(0, 3) })}`);
    const r = run(join(dir, 'feed.json'), '--out', join(dir, 'out'), '--report', join(dir, 'report.json'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_SUMMARY_LINES);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.counts.services).toBe(3);
    expect(execFileSync('ls', [join(dir, 'out')]).toString()).toContain('_needs-mapping.yaml');
  });
});
