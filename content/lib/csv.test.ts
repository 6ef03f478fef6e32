import { describe, expect, it } from 'vitest';
import { csvCell, csvRows } from './csv.ts';

describe('CSV cells', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Stay and play')).toBe('Stay and play');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Mums, dads and carers')).toBe('"Mums, dads and carers"');
    expect(csvCell('The "Hive"')).toBe('"The ""Hive"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each([['=HYPERLINK("http://example.com","x")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\t=1+1'], ['\r=1+1'], ['  =1+1'], ['\uFF1D1+1'], ['|calc']])(
    'defuses text a spreadsheet would run as a formula: %j',
    (text) => {
      const cell = csvCell(text);
      expect(cell.startsWith(`"'`)).toBe(true);
      expect(cell.slice(2, -1).replace(/""/g, '"')).toBe(text);
    },
  );

  it('writes rows with CRLF line ends', () => {
    expect(
      csvRows([
        ['a', 1],
        ['=b', 2],
      ]),
    ).toBe(`a,1\r\n"'=b",2\r\n`);
  });
});
