import { describe, expect, it } from 'vitest';
import { strayTemporaryIndexes, temporaryIndexTime, temporaryIndexUid } from './publish.ts';

const run = new Date('2026-11-26T17:05:09.500Z');
const made = (uid: string, iso = '2026-11-26T01:00:00Z') => ({ uid, createdAt: new Date(iso) });

describe('temporary indexes left by killed runs', () => {
  it('reads the time back from a temporary index name, and only from one of this index', () => {
    expect(temporaryIndexTime('services', temporaryIndexUid('services', run))?.toISOString()).toBe('2026-11-26T17:05:09.000Z');
    expect(temporaryIndexTime('services', 'services_archive')).toBeUndefined();
    expect(temporaryIndexTime('services', 'other_20261126_170509')).toBeUndefined();
    expect(temporaryIndexTime('services', 'services_20261326_170509')).toBeUndefined();
    expect(temporaryIndexTime('services', 'services_x_20261126_170509')).toBeUndefined();
  });

  it('picks only this index’s temporary copies named and made before this run', () => {
    const indexes = [
      made('services'),
      made('services_20261125_230000'),
      made('services_20261126_170508'),
      made('services_20261126_170509', '2026-11-26T17:05:09.600Z'), // this run's own
      made('services_20261126_170600', '2026-11-26T17:06:00Z'), // a run that started later
      made('services_archive'),
      made('services_staging_20261101_000000'),
      made('family_20261101_000000'),
    ];
    expect(strayTemporaryIndexes('services', indexes, run)).toEqual(['services_20261125_230000', 'services_20261126_170508']);
  });

  it('leaves an index whose name is old but which was made after this run started', () => {
    expect(strayTemporaryIndexes('services', [made('services_20261101_000000', '2026-11-26T17:05:10Z')], run)).toEqual([]);
  });
});
