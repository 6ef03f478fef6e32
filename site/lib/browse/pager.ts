/**
 * Which page numbers a pager shows (the GOV.UK pattern): the first, the last, the current one and its
 * neighbours, with a gap marker where numbers are skipped, so a phone row never holds hundreds of links.
 */
export function pageNumbersShown(page: number, totalPages: number): (number | 'gap')[] {
  const keep = new Set([1, totalPages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= totalPages));
  const out: (number | 'gap')[] = [];
  let last = 0;
  for (const n of [...keep].sort((a, b) => a - b)) {
    if (n - last === 2)
      out.push(last + 1); // a gap of one page: show the number, not "…"
    else if (n - last > 2) out.push('gap');
    out.push(n);
    last = n;
  }
  return out;
}
