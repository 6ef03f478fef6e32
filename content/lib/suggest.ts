const MAX_COMPARED = 64;

/** The closest known id to a mistyped one, for "did you mean …?" hints. Undefined when nothing is close. */
export function closest(input: string, known: readonly string[]): string | undefined {
  // No id is this long, and comparing a 90 KB value with every id would take seconds.
  if (input.length > MAX_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const sameStart = best !== undefined && input.length >= 3 && best.startsWith(input.slice(0, 3).toLowerCase());
  return bestDistance <= Math.max(2, Math.floor(input.length / 3)) || sameStart ? best : undefined;
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
