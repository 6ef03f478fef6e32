/**
 * The need guess: when no everyday phrase in the lexicon matches ("my lad just sits in his room gaming all
 * night"), which need do the words most likely point to? A naive Bayes model over word stems, counted from
 * what the directory already knows: the lexicon's phrases, the services' own names and summaries with their
 * needs, and the example searches families typed (content/vocabularies/search-examples.yaml). Counting is
 * instant and needs no training step, so the guess is rebuilt with the understanding pack on every build and
 * is always as current as the files it comes from.
 *
 * A guess is only a ranking signal, like every understood need (services with it come first, nothing is
 * hidden), and only when it is more likely than every other need together; the page says it is a guess and
 * offers the same undo. Ordinary words every need uses ("help", "support", "my", "near") carry nothing here.
 * Pure and browser-safe: the model travels in the understanding pack.
 */
import { stem, words } from './words.ts';

export interface NeedGuessModel {
  needs: string[];
  /** Per need, how many examples it was counted from (the need's prior). */
  examples: number[];
  /** stem → counts as pairs [need index, count, need index, count...]; stems seen at least MIN_COUNT times. */
  stems: Record<string, number[]>;
}

export interface NeedGuess {
  needId: string;
  /** The probability the model gives it, between 0 and 1. */
  probability: number;
  /** The words it was guessed from, as read. */
  phrase: string;
}

export interface NeedExample {
  text: string;
  needs: readonly string[];
}

/** Words that say nothing about which help is wanted: the asking and joining words every need's searches use. */
const UNTELLING = new Set(
  (
    'a about advice am an and any anyone are at be been can could do does for from get go had has have help how i im in ' +
    'is it me my near need of on or our please service services should so some support that the there this to was we ' +
    'were what where who will with would you'
  )
    .split(' ')
    .map(stem),
);
/** A stem seen fewer times than this across every example is left out: once is more likely chance than meaning. */
const MIN_COUNT = 2;
/** Add-alpha smoothing: a word never counted for a need makes it less likely, never impossible. */
const ALPHA = 0.5;
/** A guess must be more likely than all the other needs together. */
const MIN_PROBABILITY = 0.5;

/** The stems a text is read as, each once: the same reading for examples and searches. */
export function guessStems(text: string): string[] {
  return tellingStems(words(text));
}

function tellingStems(ws: readonly string[]): string[] {
  return [...new Set(ws.map(stem))].filter((s) => !UNTELLING.has(s) && /[a-z]/.test(s));
}

export function buildNeedGuess(examples: Iterable<NeedExample>, needIds: readonly string[]): NeedGuessModel {
  const index = new Map(needIds.map((id, i) => [id, i]));
  const counted = needIds.map(() => 0);
  const byStem = new Map<string, number[]>();
  for (const ex of examples) {
    const ks = [...new Set(ex.needs)].flatMap((n) => (index.has(n) ? [index.get(n)!] : []));
    if (ks.length === 0) continue;
    const stems = guessStems(ex.text);
    for (const k of ks) {
      counted[k]!++;
      for (const s of stems) {
        let row = byStem.get(s);
        if (!row) byStem.set(s, (row = needIds.map(() => 0)));
        row[k]!++;
      }
    }
  }
  const stems: Record<string, number[]> = {};
  for (const s of [...byStem.keys()].sort()) {
    const row = byStem.get(s)!;
    if (row.reduce((a, b) => a + b, 0) < MIN_COUNT) continue;
    stems[s] = row.flatMap((c, k) => (c > 0 ? [k, c] : []));
  }
  return { needs: [...needIds], examples: counted, stems };
}

/** A model ready to ask: each need's total count and the size of the vocabulary, worked out once. */
export interface NeedGuesser {
  guess(text: string): NeedGuess | undefined;
}

export function needGuesser(model: NeedGuessModel): NeedGuesser {
  const K = model.needs.length;
  const totals = new Float64Array(K);
  const rows = new Map<string, Float64Array>();
  for (const [s, pairs] of Object.entries(model.stems)) {
    const row = new Float64Array(K);
    for (let i = 0; i < pairs.length; i += 2) {
      row[pairs[i]!] = pairs[i + 1]!;
      totals[pairs[i]!]! += pairs[i + 1]!;
    }
    rows.set(s, row);
  }
  const vocabulary = rows.size;
  const all = model.examples.reduce((a, b) => a + b, 0);
  return {
    guess(text) {
      const ws = words(text);
      const known = tellingStems(ws).filter((s) => rows.has(s));
      if (known.length === 0 || all === 0) return undefined;
      const from = ws.filter((w) => known.includes(stem(w)));
      const logs = model.needs.map((_, k) => Math.log((model.examples[k]! + 1) / (all + K)));
      for (const s of known) {
        const row = rows.get(s)!;
        for (let k = 0; k < K; k++) logs[k]! += Math.log((row[k]! + ALPHA) / (totals[k]! + ALPHA * vocabulary));
      }
      const top = Math.max(...logs);
      const weights = logs.map((l) => Math.exp(l - top));
      const sum = weights.reduce((a, b) => a + b, 0);
      const best = weights.indexOf(1);
      const probability = weights[best]! / sum;
      if (probability <= MIN_PROBABILITY) return undefined;
      return { needId: model.needs[best]!, probability, phrase: [...new Set(from)].join(' ') };
    },
  };
}
