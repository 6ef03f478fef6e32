import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../../content/lib/vocabularies.ts';
import { packSignposts, unpackSignposts } from './signpost-pack.ts';
import { signpostTriggers, type SignpostTriggers } from './signposts.ts';

const small: SignpostTriggers = {
  sets: { partner: ['husband', 'my partner'], violence: ['hit*', 'beat*'], sport: ['boxing'] },
  notTypos: ['setting'],
  topics: [
    { id: 'suicide-self-harm', triggers: { phrases: ['want to die', 'suicid*'], combinations: [] } },
    {
      id: 'domestic-abuse',
      triggers: { phrases: [], combinations: [{ all: ['$partner', '$violence', ['me', 'my face']], except: ['$sport', 'gym', 'hit the gym'] }] },
    },
  ],
};

describe('packSignposts and unpackSignposts', () => {
  it('give back exactly what went in', () => {
    expect(unpackSignposts(JSON.parse(JSON.stringify(packSignposts(small))))).toEqual(small);
  });
  it('name each word once, the most used first', () => {
    const packed = packSignposts(small);
    expect(new Set(packed.words).size).toBe(packed.words.length);
    expect(packed.words[0]).toBe('my'); // "my partner", "my face"
    expect(packed.sets.partner).toBe(`${packed.words.indexOf('husband').toString(36)},0.${packed.words.indexOf('partner').toString(36)}`);
  });
  it("give back the council's trigger words exactly, in a smaller file", () => {
    const triggers = signpostTriggers(loadVocabularies(join(import.meta.dirname, '../../../content')).urgentHelp);
    const json = JSON.stringify(packSignposts(triggers));
    expect(unpackSignposts(JSON.parse(json))).toEqual(triggers);
    expect(gzipSync(json).length).toBeLessThan(gzipSync(JSON.stringify(triggers)).length * 0.95);
  });
  it('refuses a file in another format, saying to rebuild', () => {
    expect(() => unpackSignposts({ ...packSignposts(small), format: 2 as 1 })).toThrow(/Rebuild the site/);
  });
});
