/**
 * Never a dead end: the needs a results page offers beside (or instead of) its results. With results, the
 * needs most of them help with; with none, the needs whose label or everyday phrases share a word with the
 * search, and the needs of any urgent topic it signposted. Pure and browser-safe.
 */
import { STOP_WORDS, tokenise } from './search/words.ts';

export interface NeedChoice {
  id: string;
  label: string;
  hint: string;
  phrases: readonly string[];
}
export interface NeedOffer {
  id: string;
  label: string;
  /** Services for it among the results; undefined when the results were empty. */
  count?: number;
}

const stop = new Set<string>(STOP_WORDS);

export function needsToOffer(
  needs: readonly NeedChoice[],
  q: string,
  facetNeeds: Record<string, number> | undefined,
  signpostNeeds: readonly string[] = [],
  max = 4,
): NeedOffer[] {
  const counted = Object.entries(facetNeeds ?? {}).filter(([, n]) => n > 0);
  if (counted.length > 0) {
    return counted
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, max)
      .flatMap(([id, count]) => {
        const need = needs.find((n) => n.id === id);
        return need ? [{ id, label: need.label, count }] : [];
      });
  }
  const words = new Set(tokenise(q).filter((w) => !stop.has(w) && w.length > 2));
  const shares = (text: string) => tokenise(text).some((w) => words.has(w));
  const byWords = needs.filter((n) => shares(n.label) || n.phrases.some(shares)).map((n) => n.id);
  const ids = [...new Set([...signpostNeeds, ...byWords])];
  return ids.slice(0, max).flatMap((id) => {
    const need = needs.find((n) => n.id === id);
    return need ? [{ id, label: need.label }] : [];
  });
}
