/**
 * A simple horizontal bar chart drawn in HTML and CSS: each row's label in full on its own line (so it wraps
 * on a phone instead of being cut off), then its bar and its number, so the chart reads without colour.
 * Pure, so it can be tested; the page always gives the same figures as a table too.
 */
export interface BarRow {
  label: string;
  value: number;
}

export interface Bar extends BarRow {
  /** The bar's length as a percentage of the longest bar's space (0 to 100, one decimal place). */
  percent: number;
}

export function barChartRows(rows: readonly BarRow[]): Bar[] {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return rows.map((r) => ({ ...r, percent: Math.round((Math.max(0, r.value) / max) * 1000) / 10 }));
}

/** What a screen reader hears for the chart: its title and every row, then where the table is. */
export function barChartDescription(title: string, rows: readonly BarRow[]): string {
  return `${title}. ${rows.map((r) => `${r.label}: ${r.value}`).join('. ')}. The same figures are in the table below.`;
}
