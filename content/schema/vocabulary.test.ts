import { describe, expect, it } from 'vitest';
import { needSchema } from './vocabulary.ts';

const need = {
  id: 'youth',
  label: 'Youth',
  hint: 'Things to do',
  phrases: ['youth club'],
  dfe_direct: true,
  dfe_categories: [{ parent: 'p', name: 'n' }],
};

describe('a need in the needs vocabulary', () => {
  it('declares the ages it plausibly concerns', () => {
    expect(needSchema.parse({ ...need, ages: { min: 8, max: 25 } }).ages).toEqual({ min: 8, max: 25 });
  });
  it('says in plain English how to add missing ages, and refuses a span the wrong way round', () => {
    const missing = needSchema.safeParse(need);
    expect(missing.error?.issues[0]?.message).toMatch(/^Give the ages this need is for, in years, for example ages: \{ min: 0, max: 18 \}/);
    const backwards = needSchema.safeParse({ ...need, ages: { min: 19, max: 5 } });
    expect(backwards.error?.issues[0]?.message).toBe('ages: min must not be above max. Swap them, or correct one.');
    expect(needSchema.safeParse({ ...need, ages: { min: 0, max: 30 } }).success).toBe(false);
  });
});
