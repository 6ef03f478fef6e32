import { describe, expect, it } from 'vitest';
import { heatScale } from './_heat-scale.ts';

describe('heatScale', () => {
  it('splits the real values into bins at their quartiles, so the shades spread across the cells', () => {
    const values = [0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 9, 12, 14, 20, 25, 40];
    const scale = heatScale(values);
    expect(scale.bins.map((b) => b.label)).toEqual(['None: a gap', '1 to 2 services', '3 to 6 services', '7 to 14 services', '15 to 40 services']);
    const perBin = scale.bins.map((b) => values.filter((v) => scale.classOf(v) === b.className).length);
    expect(perBin).toEqual([1, 4, 4, 4, 3]);
  });

  it('never makes an empty or repeated bin when values repeat', () => {
    const scale = heatScale([3, 3, 3, 3, 3, 4]);
    // Bins are contiguous from 1, so any number has a shade.
    expect(scale.bins.map((b) => [b.min, b.max])).toEqual([
      [0, 0],
      [1, 3],
      [4, 4],
    ]);
    expect(scale.classOf(1)).toBe('heat-1');
  });

  it('has only the gap shade when every value is 0, and says "1 service" for a bin of one', () => {
    expect(heatScale([0, 0]).bins).toHaveLength(1);
    expect(heatScale([1, 7]).bins.map((b) => b.label)).toEqual(['None: a gap', '1 service', '2 to 7 services']);
  });
});
