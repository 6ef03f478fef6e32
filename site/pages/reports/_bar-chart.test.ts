import { describe, expect, it } from 'vitest';
import { barChartDescription, barChartRows } from './_bar-chart.ts';

describe('barChartRows', () => {
  it('makes the longest bar full length and the others in proportion', () => {
    expect(
      barChartRows([
        { label: 'A', value: 4 },
        { label: 'B', value: 1 },
        { label: 'C', value: 0 },
      ]).map((b) => b.percent),
    ).toEqual([100, 25, 0]);
  });

  it('draws an empty chart without dividing by zero, and keeps labels whole', () => {
    const long = 'Doncaster Council Family Hubs and Partners Together';
    expect(barChartRows([{ label: long, value: 0 }])).toEqual([{ label: long, value: 0, percent: 0 }]);
  });

  it('describes every row for a screen reader', () => {
    expect(barChartDescription('Late listings', [{ label: 'A', value: 2 }])).toBe('Late listings. A: 2. The same figures are in the table below.');
  });
});
