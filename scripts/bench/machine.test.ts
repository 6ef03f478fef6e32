import { describe, expect, it } from 'vitest';
import { percentile } from './machine.ts';

describe('percentile (nearest rank)', () => {
  it('picks the sample at or above the share', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });
});
