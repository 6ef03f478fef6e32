import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNeedPhrases } from './need-phrases.ts';
import { loadVocabularies } from './vocabularies.ts';

const contentDir = resolve(import.meta.dirname, '../../content');
const needIds = loadVocabularies(contentDir).needs.map((n) => n.id);

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'need-phrases-'));
  mkdirSync(join(dir, 'vocabularies'));
  writeFileSync(join(dir, 'vocabularies', 'need-phrases.yaml'), yaml);
  return dir;
}

describe('need phrases', () => {
  it('gives every need of the example directory many everyday phrases, each once', () => {
    const phrases = loadNeedPhrases(contentDir, needIds);
    expect(Object.keys(phrases).sort()).toEqual([...needIds].sort());
    for (const [need, list] of Object.entries(phrases)) {
      expect(list.length, need).toBeGreaterThanOrEqual(25);
      expect(new Set(list).size, `${need} lists a phrase twice`).toBe(list.length);
    }
    expect(Object.values(phrases).flat().length).toBeGreaterThanOrEqual(500);
  });

  it('names the file and line of a need that does not exist', () => {
    const dir = dirWith('reviewed: 2026-12-01\nneeds:\n  parenting: [tantrums]\n  parentting: [bedtime]\n');
    expect(() => loadNeedPhrases(dir, needIds)).toThrow(/need-phrases\.yaml, line 4: "parentting" is not a need in needs\.yaml/);
  });

  it('reads the parts beside the file, each need in one file only', () => {
    const dir = dirWith('reviewed: 2026-12-01\nneeds:\n  parenting: [tantrums]\n');
    writeFileSync(join(dir, 'vocabularies', 'need-phrases.part-2.yaml'), 'needs:\n  housing: [evicted]\n');
    expect(loadNeedPhrases(dir, needIds)).toEqual({ parenting: ['tantrums'], housing: ['evicted'] });
    writeFileSync(join(dir, 'vocabularies', 'need-phrases.part-3.yaml'), 'needs:\n  parenting: [bedtime]\n');
    expect(() => loadNeedPhrases(dir, needIds)).toThrow(/need-phrases\.part-3\.yaml, line 2: "parenting" is already listed in .*need-phrases\.yaml/);
  });

  it('stops on a part whose main file is missing, saying what the main file needs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'part-only-'));
    mkdirSync(join(dir, 'vocabularies'));
    writeFileSync(join(dir, 'vocabularies', 'need-phrases.part-2.yaml'), 'needs:\n  housing: [evicted]\n');
    expect(() => loadNeedPhrases(dir, needIds)).toThrow(
      /need-phrases\.part-2\.yaml is a part of .*need-phrases\.yaml, which is missing: add it, with the review guidance and date/,
    );
  });

  it('has no phrases when a directory has no file, so search still works', () => {
    expect(loadNeedPhrases(mkdtempSync(join(tmpdir(), 'no-phrases-')), needIds)).toEqual({});
  });
});
