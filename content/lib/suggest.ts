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
