import { describe, expect, it } from 'vitest';
import { bestSplit, buildPairIndex, neighbours } from './splits.ts';

const stop = new Set(['and', 'in']);

describe('split words', () => {
  const pairs = buildPairIndex(
    [['Bentley youth club', undefined, 'Free Wi-Fi. Youth and club'], ['Youth club', 'A drop in session'], [['youth', 'club night']]],
    stop,
  );

  it('finds neighbours in any field, with the best field, but not across a stop word, full stop or list item', () => {
    expect([...neighbours(pairs, 'youth', 'club')]).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect([...neighbours(pairs, 'wi', 'fi')]).toEqual([[0, 2]]);
    expect([...neighbours(pairs, 'fi', 'youth')]).toEqual([]);
    expect([...neighbours(pairs, 'drop', 'in')]).toEqual([]);
    expect([...neighbours(pairs, 'club', 'night')]).toEqual([[2, 0]]);
  });

  it('takes the cut the most owners have, the first on a tie', () => {
    expect(bestSplit('youthclub', (l, r) => neighbours(pairs, l, r))?.left).toBe('youth');
    expect(bestSplit('wifi', (l, r) => neighbours(pairs, l, r))?.right).toBe('fi');
    expect(bestSplit('sudoku', (l, r) => neighbours(pairs, l, r))).toBeUndefined();
    const tie = buildPairIndex([['you thclub'], ['youth club']], stop);
    expect(bestSplit('youthclub', (l, r) => neighbours(tie, l, r))?.left).toBe('you');
  });

  it('keeps a stop word written with a capital, as Meilisearch indexes it', () => {
    const capital = buildPairIndex([['Drop In']], stop);
    expect([...neighbours(capital, 'drop', 'in')]).toEqual([[0, 0]]);
  });
});
