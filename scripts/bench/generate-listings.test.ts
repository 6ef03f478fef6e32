import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../content/lib/load-directory.ts';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { generateListings, venuesFrom, writeListings } from './generate-listings.ts';

const contentDir = resolve(import.meta.dirname, '../../content');
const vocab = loadVocabularies(contentDir);
const venues = venuesFrom(contentDir, vocab);
const dir = mkdtempSync(join(tmpdir(), 'fis-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmark listing generator', () => {
  it('generates the same listings from the same seed, and different ones from another', () => {
    expect(generateListings(20, 7, vocab, venues)).toEqual(generateListings(20, 7, vocab, venues));
    expect(generateListings(20, 8, vocab, venues)).not.toEqual(generateListings(20, 7, vocab, venues));
  });

  it('generates listings that pass the same validation as real ones', () => {
    writeListings(dir, generateListings(300, 1, vocab, venues));
    const loaded = loadDirectory({ contentDir, paths: [dir], today: '2026-11-26' });
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.listings).toHaveLength(300);
    // A realistic mix: venues at hubs, services without venues, several localities, lapsed reviews.
    expect(loaded.listings.some((l) => l.venues.some((v) => v.hub))).toBe(true);
    expect(loaded.listings.some((l) => l.venues.length === 0)).toBe(true);
    expect(new Set(loaded.listings.flatMap((l) => l.venues.map((v) => v.locality))).size).toBe(4);
    expect(new Set(loaded.listings.map((l) => l.review.state))).toEqual(new Set(['current', 'overdue', 'lapsed']));
  });
});
