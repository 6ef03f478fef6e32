/**
 * What people type, made comparable: contractions spelled out ("im", "I'm" → "i am"; "wont" → "will not"),
 * English word forms reduced to one stem with the Porter stemmer (a kept library, not our own suffix rules:
 * "evicted", "eviction" and "evict" all become "evict"), and the glue words of a question told apart from the
 * words that carry meaning. Pure and browser-safe.
 */
import { stemmer } from 'stemmer';
import { tokenise } from '../words.ts';
import { CONTRACTIONS } from './contractions.ts';
import { digitWords } from './digit-words.ts';

/**
 * Lower-case words with contractions and text-speak spelled out: the form every other step reads. Apostrophes are joined up
 * first ("I'm" → "im"), as the contraction table expects; the engines' own tokenise() splits at them, as
 * Meilisearch does, and "wont"/"won't" meet there through synonyms.
 */
export function words(text: string): string[] {
  return sendAsVerb(refusals(noneOf(digitWords(tokenise(text.replace(/['’‘`]/g, '')).flatMap((t) => CONTRACTIONS[t] ?? [t])))));
}

/** Before "send" these may make it the verb, */
const SEND_VERB_BEFORE = new Set('to i we please should shall could would will cant dont'.split(' '));
/** when one of these follows it: "where to send a family", "which school to send our daughter to". */
const SEND_VERB_OBJECT = new Set('a an the my our his her their your them him us me it this that someone somebody off'.split(' '));
/**
 * "send" as the verb, left out: typed in lower case it is otherwise SEND, so a practitioner's "where to send a
 * family struggling with damp" read as special educational needs. "referral to send team", "a send pupil" and
 * "send support" stay SEND: only a person or thing sent after it makes it the verb.
 */
function sendAsVerb(ws: string[]): string[] {
  return ws.filter((w, i) => !(w === 'send' && SEND_VERB_BEFORE.has(ws[i - 1] ?? '') && SEND_VERB_OBJECT.has(ws[i + 1] ?? '')));
}

/**
 * "refuses to go to school", "never wants to leave the house", "does not want to eat": said as "wont go to
 * school", "wont leave the house", "wont eat", the way the phrases write what a child will not do.
 */
function refusals(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const to = ws[i + 1] === 'to';
    if (to && /^refus(e|es|ed|ing)$/.test(w)) {
      out.push('wont');
      i += 1;
    } else if (w === 'never' && /^wants?$/.test(ws[i + 1] ?? '') && ws[i + 2] === 'to') {
      out.push('wont');
      i += 2;
    } else if (w === 'not' && /^(do|does|did)$/.test(out.at(-1) ?? '') && /^wants?$/.test(ws[i + 1] ?? '') && ws[i + 2] === 'to') {
      out.pop();
      out.push('wont');
      i += 2;
    } else out.push(w);
  }
  return out;
}

const HAVE_AUX = new Set(['do', 'does', 'did', 'has', 'have', 'had']);
const HAVE_VERB = new Set(['have', 'got']);
/**
 * "does not have any friends", "we havent got any food", "not got any money": said as "no friends", "no
 * food", "no money", the way the phrases write them, so each need's "no ..." phrases read every way of
 * saying it.
 */
function noneOf(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    let j = i + 1;
    while (ws[i] === 'not' && HAVE_VERB.has(ws[j] ?? '')) j++;
    if (j > i + 1 && ws[j] === 'any') {
      if (HAVE_AUX.has(out.at(-1) ?? '')) out.pop();
      out.push('no');
      i = j;
    } else out.push(ws[i]!);
  }
  return out;
}

/**
 * Words that only hold a question together: left out of the words sent to the engines, so "im pregnant"
 * searches "pregnant" and "my husband hits me" searches "husband hits" (phrases still see them: "hits me").
 * Kept on purpose: negations ("not", "wont", "cant", "no"), "under"/"over", "after"/"before", "out", "up",
 * "off", "alone", "needs", "support" – each changes what a family means.
 */
export const FILLER = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'so',
  'if',
  'of',
  'at',
  'on',
  'in',
  'to',
  'for',
  'with',
  'from',
  'by',
  'about',
  'into',
  'as',
  'than',
  'then',
  'because',
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'hers',
  'they',
  'them',
  'their',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'being',
  'been',
  'do',
  'does',
  'did',
  'doing',
  'have',
  'has',
  'had',
  'having',
  'can',
  'could',
  'would',
  'should',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'what',
  'where',
  'when',
  'how',
  'who',
  'why',
  'which',
  'there',
  'here',
  'any',
  'some',
  'anyone',
  'anybody',
  'somebody',
  'someone',
  'something',
  'anything',
  'very',
  'really',
  'too',
  'much',
  'just',
  'also',
  'please',
  'thanks',
  'hi',
  'hello',
  'get',
  'got',
  'getting',
  'find',
  'looking',
  'look',
  'want',
  'wanting',
  'need',
  'needing',
  'know',
  'think',
  'near',
  'nearby',
  'local',
  'around',
  'area',
  'help',
  'helping',
  'advice',
  'info',
  'information',
  'service',
  'services',
  'go',
  'going',
  'all',
  'always',
  'still',
  'keeps',
  'keep',
  'lot',
  'lots',
  'bit',
  'quite',
  'like',
  'let',
  'ok',
  'okay',
  'anywhere',
  'somewhere',
]);

/**
 * A word's stem; numbers and short words as they are. The Porter stemmer undoubles a final consonant only
 * after "-ed" or "-ing" ("headbutting" → "headbut", but "headbutts" → "headbutt"; "stuffing" → "stuf", "stuff"
 * → "stuff"), so the stem is undoubled the same way whatever the ending (not "l", "s" or "z", which it keeps).
 */
export const stem = (word: string): string => {
  if (!/^[a-z]+$/.test(word) || word.length <= 2) return word;
  const s = stemmer(word);
  return /([^aeioulsz])\1$/.test(s) ? s.slice(0, -1) : s;
};

/** The words that carry meaning; all of them when every word is filler ("help" still searches "help"). */
export function meaningful(ws: readonly string[]): string[] {
  const kept = ws.filter((w) => !FILLER.has(w));
  return kept.length > 0 ? kept : [...ws];
}

/**
 * Word forms found in the directory, grouped by stem: every group of two or more forms becomes a synonym
 * group both engines share, so "eviction" in a listing is found by "evicted", "evict" or "evictions".
 * `forms` lists each stem's forms in the directory, so a form it never uses ("evicted")
 * can be rewritten to one it does before the engines see it (directoryForm).
 */
export interface WordForms {
  groups: string[][];
  /** stem → the forms the directory uses, shortest first. */
  forms: Record<string, string[]>;
}

export function wordForms(texts: Iterable<string>, standalone: Iterable<string> = []): WordForms {
  // Acronyms and short codes (synonyms.yaml's exact words) are no form of anything: "SEND" is not "sending".
  const alone = new Set(standalone);
  const byStem = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const w of tokenise(text)) {
      if (!/^[a-z]{3,}$/.test(w) || alone.has(w)) continue;
      const s = stem(w);
      let set = byStem.get(s);
      if (!set) byStem.set(s, (set = new Set()));
      set.add(w);
    }
  }
  const groups: string[][] = [];
  const byStemOut: Record<string, string[]> = {};
  for (const [s, set] of [...byStem].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const forms = [...set].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    byStemOut[s] = forms;
    if (forms.length > 1) groups.push(forms);
  }
  return { groups, forms: byStemOut };
}

/**
 * A typed word as the directory writes it: itself when the directory uses it (or has no form with its
 * stem), else the directory's shortest form with its stem ("evicted" → "eviction"), whose synonym group
 * finds every form.
 */
export function directoryForm(word: string, forms: Pick<WordForms, 'forms'> | undefined): string {
  const known = forms?.forms[stem(word)];
  return !known || known.includes(word) ? word : known[0]!;
}

/**
 * Every word as the directory writes it (directoryForm), except a word that makes a directory word with its
 * neighbour: "breast feeding" stays as typed, so both engines still join it up into "breastfeeding", where
 * "breasts feeding" would find only services saying both.
 */
export function directoryForms(ws: readonly string[], forms: Pick<WordForms, 'forms'> | undefined): string[] {
  const isWord = (w: string) => forms?.forms[stem(w)]?.includes(w) ?? false;
  const joins = (i: number) => (i > 0 && isWord(ws[i - 1]! + ws[i]!)) || (i + 1 < ws.length && isWord(ws[i]! + ws[i + 1]!));
  return ws.map((w, i) => (joins(i) ? w : directoryForm(w, forms)));
}
