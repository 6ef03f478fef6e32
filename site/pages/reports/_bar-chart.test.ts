import { describe, expect, it } from 'vitest';
import { barChartLayout, fitLabel } from './_bar-chart.ts';

describe('barChartLayout', () => {
  it('scales the longest bar to the space beside the labels and puts each number after its bar', () => {
    const layout = barChartLayout([{ label: 'A', value: 4 }, { label: 'B', value: 2 }, { label: 'C', value: 0 }], { width: 400, labelWidth: 100, barHeight: 20, gap: 10 });
    expect(layout.bars.map((b) => b.barWidth)).toEqual([252, 126, 0]);
    expect(layout.bars[1]).toMatchObject({ y: 40, barX: 100, valueX: 232 });
    expect(layout.height).toBe(100);
  });

  it('draws an empty chart without dividing by zero', () => {
    expect(barChartLayout([{ label: 'A', value: 0 }]).bars[0]!.barWidth).toBe(0);
  });

  it('shortens long labels', () => {
    expect(fitLabel('Doncaster Council Family Hubs and Partners Together', 20)).toBe('Doncaster Council F…');
  });
});
