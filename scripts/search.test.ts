import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emptyQuery } from '../site/lib/search/query.ts';
import { formatText, readArgs, toJson } from './search.ts';
import { tinyDocs } from '../site/lib/search/test-docs.ts';
import type { SearchResults } from '../site/lib/search/results.ts';

const root = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

describe('search CLI', () => {
  it('turns arguments into the search page URL parameters', () => {
    const a = readArgs([
      '--',
      "won't",
      'go',
      'to',
      'school',
      '--age',
      '12',
      '--postcode',
      'DN4 0TY',
      '--need',
      'send',
      '--need',
      'youth',
      '--send',
      '--json',
    ]);
    expect(a.params.toString()).toBe('q=won%27t+go+to+school&needs=send&needs=youth&age=12&send=1&near=DN4+0TY');
    expect(a).toMatchObject({ json: true, engine: 'embedded', index: 'services', content: 'content' });
    expect(() => readArgs(['--colour', 'red'])).toThrow(/Unknown option '--colour'[\s\S]*Usage: npm run search/);
  });

  it('prints results as text a practitioner can read', () => {
    const hit = { ...tinyDocs[0]!, distanceMiles: 1.234 };
    const results: SearchResults = {
      hits: [hit],
      total: 1,
      page: 1,
      size: 10,
      totalPages: 1,
      facets: {} as SearchResults['facets'],
      engine: 'embedded',
    };
    const text = formatText(results, { ...emptyQuery(), q: 'yoga', ageMin: 0.5, ageMax: 0.5, near: { lat: 0, lng: 0, label: 'DN4 0TY' } }, (id) =>
      id.toUpperCase(),
    );
    expect(text).toBe(
      [
        '1 service for "yoga", age 0.5, near DN4 0TY (embedded engine)',
        '',
        ' 1. Mum and Baby Yoga',
        '    org/yoga',
        '    1.2 miles · Hall, Doncaster',
        '    Needs: PARENT-WELLBEING',
      ].join('\n'),
    );
    expect(toJson(results, new URLSearchParams('q=yoga')).hits).toEqual([
      { id: 'org/yoga', name: 'Mum and Baby Yoga', needs: ['parent-wellbeing'], distanceMiles: 1.234, venue: 'Hall', town: 'Doncaster' },
    ]);
  });

  it('puts urgent help first and never ends at a dead end: signposts, needs to offer and the FIS contact', async () => {
    const node = resolve(root, 'node_modules/.bin/node');
    const cli = (words: string, json = true) =>
      run(node, ['scripts/search.ts', words, ...(json ? ['--json'] : []), '--content', 'tests/fixtures/directory'], { cwd: root });
    const danger = JSON.parse((await cli('my husband hits me')).stdout);
    expect(danger.signposts).toEqual(['domestic-abuse']);
    expect(danger.needsToOffer.map((n: { id: string }) => n.id)).toContain('domestic-abuse');
    expect(danger.contact).toMatchObject({ phone: expect.any(String), email: expect.stringContaining('@') });
    expect(JSON.parse((await cli('drama club')).stdout).signposts).toEqual([]);
    const text = (await cli('nowhere to sleep tonight', false)).stdout;
    expect(text.split('\n')[0]).toBe('!! Get help now: nowhere to sleep tonight');
    expect(text).toContain('Shelter emergency helpline: call 0808 800 4444');
    expect(text).toMatch(/Not sure where to start\? .* Call /);
  });

  it('searches a directory end to end, and explains bad input with exit code 2', async () => {
    const node = resolve(root, 'node_modules/.bin/node');
    const args = [
      'scripts/search.ts',
      "won't go to school",
      '--age',
      '12',
      '--postcode',
      'DN4 0TY',
      '--json',
      '--content',
      'tests/fixtures/directory',
    ];
    const { stdout } = await run(node, args, { cwd: root });
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ engine: 'embedded', total: 3 });
    expect(out.hits[0]).toMatchObject({ id: 'fixture-attendance/school-attendance-support', distanceMiles: null });
    // What it read from the words, and the fallback it took, are in the JSON too (the example directory).
    const understood = JSON.parse(
      (await run(node, ['scripts/search.ts', 'my 13 year old zzzqx is being bullied', '--json', '--size', '1'], { cwd: root })).stdout,
    );
    expect(understood.understood.parts.map((p: { key: string }) => p.key)).toEqual(['age', 'need:staying-safe']);
    expect(understood.understood.words).toBe('zzzqx bullied');
    expect(understood.fallback).toEqual([
      { kind: 'fewer-words', words: 'bullied', message: 'Nothing matched all of your words, so these match "bullied".' },
    ]);
    expect(understood.searched).toBe('bullied');
    expect(understood.total).toBeGreaterThan(0);
    const bad = await run(node, ['scripts/search.ts', '--age', '200', '--content', 'tests/fixtures/directory'], { cwd: root }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--age: 200 is older than anyone/) });
  });
});
