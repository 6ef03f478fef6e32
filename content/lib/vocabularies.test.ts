import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UrgentHelpFile, UrgentHelpMoreFile } from '../schema/index.ts';
import { loadVocabularies, withMoreTriggers } from './vocabularies.ts';

describe('withMoreTriggers (urgent-help-2.yaml)', () => {
  const file = loadVocabularies(join(import.meta.dirname, '..')).urgentHelp;

  it('adds the second file’s phrases and combinations to the topic they name, after the first file’s', () => {
    const base = { ...file, topics: file.topics.map((t) => ({ ...t, triggers: { phrases: ['first'], combinations: [] } })) } as UrgentHelpFile;
    const more: UrgentHelpMoreFile = {
      topics: [{ id: 'missing-child', triggers: { phrases: ['second'], combinations: [{ all: ['$child', ['not home']], except: [] }] } }],
    };
    const merged = withMoreTriggers(base, more);
    const missing = merged.topics.find((t) => t.id === 'missing-child')!;
    expect(missing.triggers.phrases).toEqual(['first', 'second']);
    expect(missing.triggers.combinations).toHaveLength(1);
    expect(merged.topics.find((t) => t.id === 'suicide-self-harm')!.triggers.phrases).toEqual(['first']);
  });

  it('rejects a word set that urgent-help.yaml does not define', () => {
    const more: UrgentHelpMoreFile = {
      topics: [{ id: 'suicide-self-harm', triggers: { phrases: [], combinations: [{ all: ['$nosuchset'], except: [] }] } }],
    };
    expect(() => withMoreTriggers(file, more)).toThrow(/no word set called \$nosuchset/);
  });

  it('loads urgent-help-2.yaml with the real files: its words reach the matcher', () => {
    const fm = file.topics.find((t) => t.id === 'forced-marriage-fgm')!;
    expect(fm.triggers.combinations.some((c) => c.all.some((s) => Array.isArray(s) && s.includes('special procedure')))).toBe(true);
  });
});
