import { describe, expect, it } from 'vitest';
import { FIELD_ROLES, FIELD_WEIGHTS, FILTERABLE_FIELDS, SEARCHABLE_FIELDS, SHOWN_FIELDS } from './fields.ts';

describe('search field roles', () => {
  it('lists searchable fields most telling first: weights never rise', () => {
    const weights = SEARCHABLE_FIELDS.map((f) => FIELD_WEIGHTS[f]);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(SEARCHABLE_FIELDS[0]).toBe('name');
  });

  it('never shows what is only for matching or internal', () => {
    for (const f of ['description', 'needPhrases', 'status', 'review'] as const) expect(SHOWN_FIELDS).not.toContain(f);
  });

  it('derives each list from the one table', () => {
    expect(FILTERABLE_FIELDS).toEqual(Object.keys(FIELD_ROLES).filter((f) => 'filter' in FIELD_ROLES[f as keyof typeof FIELD_ROLES]));
    expect(SHOWN_FIELDS).toContain('_geo');
  });
});
