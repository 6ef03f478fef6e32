/**
 * One CSV cell, for the reports councils open in a spreadsheet. Spreadsheets run a cell that starts with
 * = + - @ (or a tab or line break before one) as a formula, which a provider could use to plant a command in
 * a council officer's spreadsheet (CSV injection). Any such text gets a leading apostrophe, so it stays text,
 * and is quoted; so is text that starts with spaces before one of those, the full-width forms ＝ ＋ － ＠ that
 * some spreadsheets also accept, and a pipe. Numbers are written as they are: a number is never a formula.
 */
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20|]|^[\t\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, with the CRLF line ends RFC 4180 asks for. */
export function csvRows(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
