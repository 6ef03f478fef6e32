const MAX_COMPARED = 64;

/**
 * The closest known id to a mistyped one, for "did you mean …?" hints (the validator, the new-listing tool
 * and the query model all use this one). Close means at most two edits apart, or the same first four letters;
 * a wrong suggestion is worse than none. Undefined when nothing is close.
 */
export function closest(input: string, known: readonly string[]): string | undefined {
  const typed = input.toLowerCase();
  // No id is this long, and comparing a 90 KB value with every id would take seconds.
  if (input.length > MAX_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(typed, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const sameStart = typed.length >= 4 && best.toLowerCase().startsWith(typed.slice(0, 4));
  return bestDistance <= 2 || sameStart ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * Typos between two words, with two neighbouring letters swapped counted as one ("anxeity" for "anxiety",
 * the commonest slip on a phone keyboard), as well as a letter added, dropped or changed.
 */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
