/**
 * The geometry of a simple horizontal bar chart drawn as inline SVG: one bar per row, its label on the left
 * and its number at the end of the bar, so the chart reads without colour. Pure, so it can be tested; the
 * page always gives the same figures as a table too.
 */
export interface BarRow {
  label: string;
  value: number;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: { label: string; value: number; y: number; labelY: number; barX: number; barWidth: number; valueX: number }[];
}

export function barChartLayout(rows: BarRow[], options: { width?: number; labelWidth?: number; barHeight?: number; gap?: number } = {}): BarLayout {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 260;
  const barHeight = options.barHeight ?? 24;
  const gap = options.gap ?? 10;
  const valueSpace = 48;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const scale = (width - labelWidth - valueSpace) / max;
  return {
    width,
    height: Math.max(1, rows.length) * (barHeight + gap) + gap,
    bars: rows.map((r, i) => {
      const y = gap + i * (barHeight + gap);
      const barWidth = Math.round(r.value * scale * 10) / 10;
      return { label: r.label, value: r.value, y, labelY: y + barHeight * 0.7, barX: labelWidth, barWidth, valueX: labelWidth + barWidth + 6 };
    }),
  };
}

/** Long labels are cut to fit beside the bars; the table below the chart has them in full. */
export function fitLabel(label: string, max = 34): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
