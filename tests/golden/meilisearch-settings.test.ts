import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../content/lib/vocabularies.ts';
import { loadReviewedSynonyms } from '../../site/lib/search/load-setup.ts';
import { meilisearchSettings } from '../../site/lib/search/meilisearch-settings.ts';

/**
 * Pins the Meilisearch settings the indexer pushes. A change to the settings code, needs.yaml or
 * synonyms.yaml shows here as a diff to review; after reviewing, refresh the file with
 * `UPDATE_GOLDEN=1 npm run test:unit -- tests/golden`.
 */
const contentDir = resolve(import.meta.dirname, '../../content');
const goldenFile = resolve(import.meta.dirname, 'meilisearch-settings.json');

describe('Meilisearch settings (golden)', () => {
  const settings = meilisearchSettings(loadVocabularies(contentDir), loadReviewedSynonyms(contentDir));

  it('match tests/golden/meilisearch-settings.json', () => {
    const text = `${JSON.stringify(settings, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, text);
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });

  it('make every filter the query model uses filterable, and geo sortable', () => {
    for (const f of [
      'needs',
      'age_min',
      'age_max',
      'send_max',
      'localities',
      'cost',
      'access',
      'delivery',
      'level',
      'languages',
      'days',
      'hub',
      'has_venue',
      'status',
      'review',
      '_geo',
    ]) {
      expect(settings.filterableAttributes).toContain(f);
    }
    expect(settings.sortableAttributes).toContain('_geo');
    expect(settings.distinctAttribute).toBe('serviceId');
  });

  it('keep "under" and "over" searchable, and acronyms and postcodes exact', () => {
    expect(settings.stopWords).not.toContain('under');
    expect(settings.stopWords).not.toContain('over');
    expect(settings.typoTolerance?.disableOnWords).toEqual(expect.arrayContaining(['sen', 'send', 'asd', 'camhs', 'ehcp', 'haf', 'dv']));
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(['postcode']);
  });

  it('carry the reviewed synonyms both ways, and those the needs vocabulary implies', () => {
    expect(settings.synonyms?.dv).toEqual(expect.arrayContaining(['domestic abuse', 'domestic violence']));
    expect(settings.synonyms?.['domestic violence']).toContain('dv');
    expect(settings.synonyms?.['child minder']).toContain('childminder');
    expect(settings.synonyms?.['special educational needs and disabilities']).toContain('send');
    expect(settings.synonyms?.['step family']).toContain('step-family');
  });

  it('show nothing a search key should not read', () => {
    for (const hidden of ['description', 'needPhrases', 'status', 'review']) expect(settings.displayedAttributes).not.toContain(hidden);
    expect(settings.displayedAttributes).not.toContain('*');
  });
});
