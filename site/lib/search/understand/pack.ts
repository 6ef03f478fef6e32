/**
 * What query understanding needs to know about a directory, as one small JSON file the site serves (the
 * search page loads it on the first search, whichever engine answers) and the CLI builds in memory:
 * the need phrases, the place names per locality, the area's name, the directory's word forms and the need
 * guess (need-guess.ts), counted from the phrases, the services and the example searches.
 * Pure and browser-safe: the build reads the files and passes their contents in.
 */
import { tokenise } from '../words.ts';
import { compileLexicon, type NeedPhrases } from './lexicon.ts';
import { buildNeedGuess, needGuesser, type NeedExample, type NeedGuessModel } from './need-guess.ts';
import type { Place, UnderstandContext } from './understand.ts';
import { FILLER, wordForms, type WordForms } from './words.ts';

export const UNDERSTANDING_FORMAT = 2;

export interface UnderstandingPack {
  format: typeof UNDERSTANDING_FORMAT;
  needPhrases: NeedPhrases;
  places: Place[];
  areaNames: string[];
  /** stem → the forms the directory uses (see words.ts). */
  forms: Record<string, string[]>;
  needGuess: NeedGuessModel;
}

/** Words that are never a place on their own, though a ward or a description uses them ("Town" ward). */
const NOT_PLACES = new Set(['town', 'centre', 'center', 'north', 'south', 'east', 'west', 'central', 'villages', 'village', 'hills', 'street', 'le']);

export interface PackSource {
  needPhrases: NeedPhrases;
  localities: readonly { id: string; name: string; description?: string; wards: readonly { name: string }[]; places?: readonly string[] }[];
  hubs: readonly { name: string; locality: string }[];
  areaName: string;
  /** Other names for the whole area (council.yaml's area_nicknames): read and dropped like its name. */
  areaNicknames?: readonly string[];
  /** The texts the engines index, for the word forms. */
  texts: Iterable<string>;
  /** Words that are no form of another (synonyms.yaml's exact acronyms). */
  standalone?: readonly string[];
  /** Every need id, in the vocabulary's order. */
  needIds: readonly string[];
  /** What the need guess learns from besides the phrases: services' names and summaries, example searches. */
  examples?: Iterable<NeedExample>;
}

export function buildUnderstandingPack(src: PackSource): UnderstandingPack {
  const area = tokenise(src.areaName);
  const seen = new Map<string, Place>();
  const add = (locality: string, label: string) => {
    const ws = tokenise(label);
    if (ws.length === 0 || ws.every((w) => NOT_PLACES.has(w) || FILLER.has(w)) || ws.some((w) => area.includes(w))) return;
    const key = ws.join(' ');
    if (!seen.has(key)) seen.set(key, { locality, label: label.trim(), words: ws });
  };
  for (const l of src.localities) {
    for (const w of l.wards) for (const part of w.name.split('&')) add(l.id, part);
    for (const part of (l.description ?? '').split(/,| and /)) if (!/\b(of|the)\b/i.test(part)) add(l.id, part);
    // The villages and estates the council lists, which no ward or hub is named after.
    for (const place of l.places ?? []) add(l.id, place);
  }
  for (const h of src.hubs) add(h.locality, h.name.replace(/\b(family|youth|my place)\b.*$/i, ''));
  const forms: WordForms = wordForms(src.texts, src.standalone);
  return {
    format: UNDERSTANDING_FORMAT,
    needPhrases: src.needPhrases,
    places: [...seen.values()].sort((a, b) => (a.label < b.label ? -1 : 1)),
    areaNames: [area.join(' '), ...(src.areaNicknames ?? []).map((n) => tokenise(n).join(' '))].filter((a) => a !== ''),
    forms: forms.forms,
    needGuess: buildNeedGuess(
      [...Object.entries(src.needPhrases).flatMap(([need, phrases]) => phrases.map((text) => ({ text, needs: [need] }))), ...(src.examples ?? [])],
      src.needIds,
    ),
  };
}

export function loadUnderstanding(pack: UnderstandingPack | string): UnderstandContext {
  const data: UnderstandingPack = typeof pack === 'string' ? JSON.parse(pack) : pack;
  if (data.format !== UNDERSTANDING_FORMAT)
    throw new Error(
      `The search understanding file has format ${String(data.format)}, but this site reads format ${UNDERSTANDING_FORMAT}. Rebuild the site.`,
    );
  return {
    lexicon: compileLexicon(data.needPhrases),
    places: data.places,
    areaNames: data.areaNames,
    forms: { forms: data.forms },
    guesser: needGuesser(data.needGuess),
  };
}

/** The texts of search documents whose word forms both engines should join up. */
export function documentTexts(
  docs: Iterable<{
    name: string;
    summary: string;
    description: string;
    eligibility: string;
    organization: string;
    needLabels: readonly string[];
    needPhrases: readonly string[];
  }>,
): string[] {
  const out: string[] = [];
  for (const d of docs) out.push(d.name, d.summary, d.description, d.eligibility, d.organization, ...d.needLabels, ...d.needPhrases);
  return out;
}

/** The directory's word forms grouped by stem: the synonym groups both engines add (see buildSynonyms). */
export function directoryWordForms(docs: Parameters<typeof documentTexts>[0], standalone: readonly string[] = []): string[][] {
  return wordForms(documentTexts(docs), standalone).groups;
}
