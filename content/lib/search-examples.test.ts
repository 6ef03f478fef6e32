import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchExamples, searchExamplesFile } from './search-examples.ts';
import { loadVocabularies } from './vocabularies.ts';

const contentDir = resolve(import.meta.dirname, '../../content');
const needIds = loadVocabularies(contentDir).needs.map((n) => n.id);

function fileWith(yaml: string, parts: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-examples-'));
  for (const [name, text] of Object.entries(parts)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'search-examples.yaml'), yaml);
  return join(dir, 'search-examples.yaml');
}

describe('search examples', () => {
  it("reads the example directory's file and its parts: every need is the first need of many searches", () => {
    const examples = loadSearchExamples(searchExamplesFile(contentDir), needIds);
    expect(examples.length).toBeGreaterThanOrEqual(900);
    for (const need of needIds) expect(examples.filter((e) => e.needs[0] === need).length, need).toBeGreaterThanOrEqual(12);
  });

  it('reads the parts beside the file, in order', () => {
    const file = fileWith('queries:\n  - { q: "food bank", needs: [money-benefits], who: parent }\n', {
      'search-examples.part-2.yaml': 'queries:\n  - { q: "eviction", needs: [housing], who: parent }\n',
    });
    expect(loadSearchExamples(file, needIds).map((e) => e.q)).toEqual(['food bank', 'eviction']);
  });

  it('names the file and line of a need that does not exist', () => {
    const file = fileWith(
      'queries:\n  - { q: "food bank", needs: [money-benefits], who: parent }\n  - { q: "tantrums", needs: [parentting], who: parent }\n',
    );
    expect(() => loadSearchExamples(file, needIds)).toThrow(/search-examples\.yaml, line 3: "parentting" is not a need/);
  });

  it('names the line of a search written wrongly', () => {
    const file = fileWith('queries:\n  - { q: "food bank", needs: [money-benefits], who: grandparent }\n');
    expect(() => loadSearchExamples(file, needIds)).toThrow(/search-examples\.yaml is not valid:\n {2}line 2: queries\.0\.who/);
  });

  it('has none when the file is missing, and says so when only a part is there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-examples-'));
    expect(loadSearchExamples(join(dir, 'search-examples.yaml'), needIds)).toEqual([]);
    writeFileSync(join(dir, 'search-examples.part-2.yaml'), 'queries: []\n');
    expect(() => loadSearchExamples(join(dir, 'search-examples.yaml'), needIds)).toThrow(/is a part of .*search-examples\.yaml, which is missing/);
  });
});
