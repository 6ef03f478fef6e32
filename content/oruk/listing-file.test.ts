import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderListingFile, sourceIdOf, untouchedSinceImport } from './listing-file.ts';
import type { ImportedListing } from './import-service.ts';

const imported: Pick<ImportedListing, 'path' | 'sourceId' | 'listing' | 'notes'> = {
  path: 'example-dads/dads-group',
  sourceId: 'f1',
  listing: {
    name: 'Dads group',
    organization: 'Example Dads',
    summary: 'A group for dads.',
    description: 'A group for dads and their children.\n\n- Saturdays',
    needs: ['parenting'],
    level_of_need: 'universal',
    access_routes: ['drop-in'],
    cost: 'free',
    delivery: ['in-person'],
    service_areas: ['north'],
    schedules: [{ days: ['saturday'], opens_at: '09:30', closes_at: '11:00' }],
    assured_date: '2026-11-01',
  },
  notes: [{ kind: 'venue', message: 'No venue: add one.', blocking: true }],
};

describe('imported listing files', () => {
  const text = renderListingFile(imported, { file: 'feed.json', today: '2026-11-26' });

  it('keeps the source id and the editor’s to-do list in a comment header, and the listing as YAML', () => {
    expect(sourceIdOf(text)).toBe('f1');
    expect(text).toContain('#   - MUST FIX: No venue: add one.');
    expect(text).toContain('opens_at: "09:30"');
    expect(text).toContain('needs: [parenting]');
    expect(parse(text)).toEqual(imported.listing);
  });

  it('knows a file nobody has touched (safe to refresh) from one edited by hand (never replaced without --force)', () => {
    expect(untouchedSinceImport(text)).toBe(true);
    expect(untouchedSinceImport(text.replace('A group for dads', 'A friendly group for dads'))).toBe(false);
    // Editing only the comments (ticking off the to-do list) is not an edit to the listing.
    expect(untouchedSinceImport(text.replace('#   - MUST FIX: No venue: add one.\n', ''))).toBe(true);
    expect(untouchedSinceImport('name: Written by a person\n')).toBe(false);
  });
});
