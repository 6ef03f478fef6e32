/**
 * Shading for the coverage table: 0 is its own shade (a gap), and the other numbers are split into up to
 * four bins at the quartiles of the real values, so the shades spread across the cells actually on the page
 * instead of most cells falling into one "11 or more" bin. Pure; the key's labels come from the bins.
 */
export interface HeatBin {
  className: string;
  min: number;
  max: number;
  label: string;
}

export interface HeatScale {
  bins: HeatBin[];
  classOf: (n: number) => string;
}

const plural = (n: number) => (n === 1 ? '1 service' : `${n} services`);

export function heatScale(values: readonly number[], bins = 4): HeatScale {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  const uppers: number[] = [];
  for (let k = 1; k <= bins; k++) {
    const v = sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((k / bins) * sorted.length) - 1)]!;
    if (v > (uppers.at(-1) ?? 0)) uppers.push(v);
  }
  const out: HeatBin[] = [{ className: 'heat-0', min: 0, max: 0, label: 'None: a gap' }];
  uppers.forEach((max, i) => {
    const min = i === 0 ? 1 : uppers[i - 1]! + 1;
    const label = min === max ? plural(min) : `${min} to ${max} services`;
    out.push({ className: `heat-${i + 1}`, min, max, label });
  });
  return {
    bins: out,
    classOf: (n) => (out.find((b) => n >= b.min && n <= b.max) ?? out.at(-1)!).className,
  };
}
