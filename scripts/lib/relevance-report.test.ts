import { describe, expect, it } from 'vitest';
import { heldOutNote } from './relevance-report.ts';

describe('heldOutNote', () => {
  const early = [{ part: 3, batches: [9] }];
  it('tells a later part split with the tuning set from a clean final check held out whole, from the files', () => {
    const note = heldOutNote(
      [...early, { part: 31, batches: [37] }, { part: 33, batches: [39] }, { part: 32, batches: [38] }],
      new Set([1, 9, 37, 38]),
    );
    expect(note).toContain('batches 37 and 38, written blind and split 75/25 with the tuning set, their held-out quarters in parts 31 and 32');
    expect(note).toContain('; batches 39, clean final checks, in parts 33)');
    // The early parts are told by hand, once.
    expect(note.match(/held-out\.part-3\.yaml/g)).toHaveLength(1);
  });
  it('names a new batch without an edit: a third split batch joins the list', () => {
    const parts = [
      { part: 31, batches: [37] },
      { part: 34, batches: [40] },
      { part: 36, batches: [42] },
    ];
    expect(heldOutNote(parts, new Set([37, 40, 42]))).toContain('batches 37, 40 and 42, written blind and split 75/25');
    expect(heldOutNote(parts, new Set([37, 40, 42]))).not.toContain('clean final checks, in parts');
  });
});
