import { describe, expect, it } from 'vitest';
import { inBrowseOrder } from './order.ts';
import { pageHref, pagesOf } from './paging.ts';

const s = (name: string, needs: string[], level: string) => ({ name, needs, level });

describe('browse order', () => {
  it('puts services whose main need this is first, then by level of need, then by name', () => {
    const items = [
      s('Counselling after exploitation', ['staying-safe', 'child-mental-health'], 'specialist'),
      s('Teen drop-in', ['child-mental-health', 'youth'], 'universal'),
      s('CAMHS', ['child-mental-health'], 'specialist'),
      s('anxiety group', ['child-mental-health'], 'targeted'),
      s('Art club', ['youth', 'child-mental-health'], 'universal'),
      s('Bereavement support', ['child-mental-health'], 'targeted'),
    ];
    expect(inBrowseOrder(items, 'child-mental-health').map((i) => i.name)).toEqual([
      'Teen drop-in',
      'anxiety group',
      'Bereavement support',
      'CAMHS',
      'Art club',
      'Counselling after exploitation',
    ]);
  });

  it('sorts numbers in names as numbers and leaves the input alone', () => {
    const items = [s('Group 10', ['x'], 'universal'), s('Group 9', ['x'], 'universal')];
    expect(inBrowseOrder(items, 'x').map((i) => i.name)).toEqual(['Group 9', 'Group 10']);
    expect(items[0]!.name).toBe('Group 10');
  });
});

describe('browse paging', () => {
  it('splits into pages without losing or repeating an item', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = pagesOf(items, 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages[2]).toMatchObject({ page: 3, totalPages: 3, total: 45, from: 41, to: 45 });
  });

  it('keeps going past 10,000 items (browse never stops silently)', () => {
    const pages = pagesOf(
      Array.from({ length: 10_050 }, (_, i) => i),
      20,
    );
    expect(pages).toHaveLength(503);
    expect(pages.at(-1)).toMatchObject({ from: 10_041, to: 10_050 });
  });

  it('always has a page 1, even for no items', () => {
    expect(pagesOf([], 20)).toEqual([{ items: [], page: 1, totalPages: 1, total: 0, from: 0, to: 0 }]);
  });

  it('puts page 1 at the base address and later pages under page/N/', () => {
    expect(pageHref('/needs/send/', 1)).toBe('/needs/send/');
    expect(pageHref('/needs/send/north/', 3)).toBe('/needs/send/north/page/3/');
  });
});

describe('pager numbers', () => {
  it('shows every page when there are few', async () => {
    const { pageNumbersShown } = await import('./pager.ts');
    expect(pageNumbersShown(1, 1)).toEqual([1]);
    expect(pageNumbersShown(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbersShown(1, 4)).toEqual([1, 2, 3, 4]);
  });
  it('shows the first, the last and the neighbours of the current page, with gaps', async () => {
    const { pageNumbersShown } = await import('./pager.ts');
    expect(pageNumbersShown(10, 503)).toEqual([1, 'gap', 9, 10, 11, 'gap', 503]);
    expect(pageNumbersShown(1, 503)).toEqual([1, 2, 'gap', 503]);
  });
});

describe('young people order', () => {
  it('puts the need’s own services made for young people first', async () => {
    const { youngPeopleOrder } = await import('./order.ts');
    const y = (name: string, needs: string[], level: string, age_min: number) => ({ name, needs, level, age_min });
    const items = [
      y('Calm Kids', ['child-mental-health'], 'universal', 6),
      y('CAMHS', ['child-mental-health'], 'specialist', 0),
      y('Teen Talk', ['child-mental-health'], 'universal', 13),
      y('Self-harm group', ['child-mental-health'], 'targeted', 13),
      y('Text a youth worker', ['youth', 'child-mental-health'], 'universal', 11),
    ];
    expect([...items].sort(youngPeopleOrder('child-mental-health')).map((i) => i.name)).toEqual([
      'Teen Talk',
      'Self-harm group',
      'Calm Kids',
      'CAMHS',
      'Text a youth worker',
    ]);
  });
});
