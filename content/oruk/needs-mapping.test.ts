import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../lib/vocabularies.ts';
import { addToNeedsMapping, extendNeedsMapping, readNeedsMapping, renderNeedsMapping, suggestNeeds } from './needs-mapping.ts';

const vocab = loadVocabularies(join(import.meta.dirname, '../../content'));

describe('the per-feed needs mapping file', () => {
  it('suggests needs for audience terms from the needs vocabulary, and none for words every service shares', () => {
    expect(suggestNeeds('Autism', vocab)).toContain('send');
    expect(suggestNeeds('Drug and Alcohol Misuse', vocab)).toEqual(['drugs-alcohol']);
    expect(suggestNeeds('Parents', vocab)).toContain('parenting');
    expect(suggestNeeds('Carers', vocab)).toContain('young-carers');
    expect(suggestNeeds('Children', vocab)).toEqual([]);
    expect(suggestNeeds('', vocab)).toEqual([]);
  });

  it('round-trips through its file, keeps what the team edited and adds only new terms', () => {
    const { mapping } = readNeedsMapping('terms:\n  "Autism": { needs: [send], reviewed: true }\n  "Carers": { needs: [], reviewed: true }\n', vocab);
    const added = extendNeedsMapping(mapping, ['Autism', 'Carers', 'Homeless families'], vocab);
    expect(added).toEqual(['Homeless families']);
    expect(mapping.get('Carers')).toEqual({ needs: [], reviewed: true });
    expect(mapping.get('Homeless families')).toEqual({ needs: ['housing'], reviewed: false });
    const text = renderNeedsMapping(mapping, 'feed.json');
    expect(readNeedsMapping(text, vocab).mapping).toEqual(mapping);
  });

  it('quotes terms so feed text cannot add YAML of its own, and names unknown needs', () => {
    const { mapping } = readNeedsMapping('terms: {}\n', vocab);
    extendNeedsMapping(mapping, ['x": { needs: [send] }\nevil: 1', '# not a comment'], vocab);
    const back = readNeedsMapping(renderNeedsMapping(mapping, 'feed\nname'), vocab);
    expect([...back.mapping.keys()].sort()).toEqual(['# not a comment', 'x": { needs: [send] }\nevil: 1']);
    expect(readNeedsMapping('terms:\n  "A": { needs: [no-such-need] }\n', vocab).problems[0]).toContain('"no-such-need"');
    expect(readNeedsMapping('terms: [', vocab).problems[0]).toContain('not valid YAML');
  });
});

describe('adding new terms to the team’s file', () => {
  it('keeps their comments and edits, and adds each new term on one line', () => {
    const text = '# Checked by the FIS team, 1 December\nterms:\n  # ours\n  "Autism": { needs: [send, parent-wellbeing], reviewed: true }\n';
    const after = addToNeedsMapping(text, [['Carers', { needs: ['young-carers'], reviewed: false }]]);
    expect(after).toContain('# Checked by the FIS team, 1 December');
    expect(after).toContain('# ours');
    expect(after).toMatch(/Autism.*needs: \[ send, parent-wellbeing \]/);
    expect(after).toMatch(/Carers: \{ needs: \[ young-carers \], reviewed: false \}/);
    expect(readNeedsMapping(after, vocab).mapping.get('Carers')).toEqual({ needs: ['young-carers'], reviewed: false });
  });
});
