import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compactMini, expandMini, fromColumns, toColumns } from './compact-index.ts';

describe('compact index format', () => {
  it('round-trips MiniSearch exactly, so search results do not change', () => {
    const docs = [
      { i: 0, t: 'stay and play for babies' },
      { i: 1, t: 'baby massage' },
      { i: 2, t: 'play play play' },
    ];
    const options = { idField: 'i', fields: ['t'] };
    const mini = new MiniSearch(options);
    mini.addAll(docs);
    const json = mini.toJSON();
    const compact = compactMini(json);
    expect(compact.index.find((r) => r[0] === 'play')).toEqual(['play', 0, [0, 1, 2, 3]]);
    expect(JSON.parse(JSON.stringify(expandMini(JSON.parse(JSON.stringify(compact)))))).toEqual(JSON.parse(JSON.stringify(json)));
    const reloaded = MiniSearch.loadJS(expandMini(compact), options);
    expect(reloaded.search('play', { fuzzy: 0.2 })).toEqual(mini.search('play', { fuzzy: 0.2 }));
  });

  it('refuses documents not numbered 0..n-1', () => {
    const mini = new MiniSearch({ idField: 'i', fields: ['t'] });
    mini.add({ i: 5, t: 'x' });
    expect(() => compactMini(mini.toJSON())).toThrow(/numbered 0..n-1/);
  });

  it('stores rows as columns and back, keeping absent fields absent', () => {
    const rows = [{ a: 1, b: 'x' }, { a: 2 }, { a: 3, b: null }] as { a: number; b?: string | null }[];
    const cols = toColumns(rows, ['a', 'b']);
    expect(cols).toEqual({
      fields: ['a', 'b'],
      columns: [
        [1, 2, 3],
        ['x', null, null],
      ],
      absent: { b: [1] },
    });
    expect(fromColumns(JSON.parse(JSON.stringify(cols)))).toEqual(rows);
  });
});
