/**
 * Whose feelings a search is about: "so lonely since the baby" is the parent's own wellbeing, "my son is so
 * stressed out" a child's mental health, "stressed out about exams" a young person's own. The lexicon lists
 * each feeling under one need; this moves it to the other when the words say whose it is. Pure.
 */
import type { NeedIntent } from './lexicon.ts';
import type { Age } from './read-age.ts';
import { wordClass } from './word-classes.ts';

/** Children's and young people's mental health, and parents' and carers' own wellbeing (needs.yaml's ids). */
const CHILD_MENTAL_HEALTH_NEED = 'child-mental-health';
const PARENT_WELLBEING_NEED = 'parent-wellbeing';
/** Words that make someone a parent or an adult with a family: the children, a baby, a husband or wife. */
/** A pregnancy lost is a parent's too: "feeling really down after my miscarriage" is the parent's own wellbeing. */
const BABY_WORDS = new Set([
  'baby',
  'babies',
  'newborn',
  'bump',
  'birth',
  'pregnancy',
  'pregnant',
  'toddler',
  'toddlers',
  'miscarriage',
  'miscarriages',
  'miscarried',
  'stillbirth',
  'stillborn',
  'ectopic',
]);
const ADULT_PARTNERS = new Set(['husband', 'husbands', 'hubby', 'wife', 'wifes', 'partner', 'partners', 'spouse', 'missus', 'fiance', 'fiancee']);
/** Someone other than the searcher a feeling can belong to: "my son", "she", "the kids", "my teen". */
const OTHER_PEOPLE = new Set(['@child', '@they', '@sibling', '@grandchild', '@partner', '@parent']);
const PARENT_AS_SELF = new Set(['a', 'new', 'single', 'time', 'as', 'young', 'working', 'lone', 'struggling', 'tired', 'exhausted']);
const CHILD_STAGES = new Set(['teen', 'teens', 'teenager', 'teenagers', 'toddler', 'baby', 'child', 'pupil', 'student']);
/** A young person writing about themselves, not a parent: school words, or their own mum or dad. */
const YOUNG_PERSON_WORDS = new Set([
  'school',
  'exams',
  'exam',
  'mocks',
  'revision',
  'revising',
  'gcse',
  'gcses',
  'alevels',
  'sats',
  'homework',
  'detention',
  'teacher',
  'teachers',
  'college',
  'uni',
  'mates',
  'classmates',
]);
/** An age read from a school year or key stage ("yr 11", "y9", "ks4"): said by the pupil as often as by a parent. */
const SCHOOL_YEAR = /^(year|yr|y\d|ks|key)/;

/** "the school run", "at the school gates": a parent taking children to school, not a pupil. */
const SCHOOL_RUN_NEXT = new Set(['run', 'runs', 'gate', 'gates', 'pickup', 'pickups']);
const schoolRun = (ws: readonly string[], i: number): boolean => ws[i] === 'school' && SCHOOL_RUN_NEXT.has(ws[i + 1] ?? '');

/** An adult's own life: a job lost, the rent, a mortgage. Worry about these is the searcher's own, as a parent's is. */
const ADULT_LIFE = new Set(['job', 'jobs', 'mortgage', 'rent', 'bills', 'redundant', 'redundancy', 'sacked', 'wages', 'boss', 'landlord', 'divorce']);

/** The searcher is plainly a parent (or an adult): children, a baby, a husband or wife, or an adult's own worries. */
function isParent(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (BABY_WORDS.has(w) || ADULT_PARTNERS.has(w) || (ADULT_LIFE.has(w) && (ws[i - 1] === 'my' || ws[i - 1] === 'our'))) return true;
    if (schoolRun(ws, i)) return true;
    // The children as people the searcher has: "the kids", "my 3 kids", not "i am a kid"; the searcher
    // as a parent: "new mum", "as a dad", "single parent" (not "my mum").
    if (wordClass(w) === '@child') return ws[i - 1] !== 'a';
    return wordClass(w) === '@parent' && PARENT_AS_SELF.has(ws[i - 1] ?? '');
  });
}

/**
 * A parent's own feelings, not a child's: "i feel so low since the baby", "my anxiety is ruining everything
 * and i have 3 kids", "feeling low lately and the kids have noticed". The mood words alone ("low", "anxiety")
 * are listed under children's mental health, so when the feeling is the searcher's (the nearest person
 * before it is "i" or "me", or nobody) and the searcher is plainly a parent (children, a baby or a husband
 * or wife are mentioned, and neither a young person's own age nor school words nor "my mum"), the need is
 * the parent's own wellbeing instead. "my son feels low" and "im 15 and feel down" stay as they are.
 */
/** The children a feeling can be said of: "lonely teen", "my son is so stressed out", "her brother is isolated". */
const CHILD_PEOPLE = new Set(['@child', '@grandchild', '@sibling']);
const SELF_WORDS = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
const childWord = (w: string | undefined): boolean => w !== undefined && (CHILD_STAGES.has(w) || CHILD_PEOPLE.has(wordClass(w) ?? ''));

/**
 * A feeling said of a child: the nearest person before it is a child ("my son is so lonely"), or, with
 * nobody before it, the word right after it is ("lonely teen boy"). "me", "i" or another adult first, or
 * nobody at all ("lonely since the baby"), and it is not.
 */
function saidOfChild(ws: readonly string[], n: NeedIntent): boolean {
  const phrase = n.phrase.split(' ');
  const start = ws.indexOf(phrase[0]!);
  if (start < 0) return false;
  const end = ws.indexOf(phrase.at(-1)!, start);
  const self = (w: string) => SELF_WORDS.has(w);
  // "the kids are doing my head in": the feeling is the searcher's, whoever comes before it.
  if (ws.slice(start, end < 0 ? start + 1 : end + 1).some(self)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (self(w)) return false;
    if (childWord(w)) return true;
    if (OTHER_PEOPLE.has(wordClass(w) ?? '')) return false;
  }
  return childWord(ws[(end < 0 ? start : end) + 1]);
}

export function ownFeelings(ws: readonly string[], needs: NeedIntent[], age: Age | undefined): NeedIntent[] {
  const child = needs.find((n) => n.needId === CHILD_MENTAL_HEALTH_NEED);
  const own = needs.find((n) => n.needId === PARENT_WELLBEING_NEED);
  const young =
    (age?.phrase.startsWith('i am ') && age.min <= 19) ||
    (age !== undefined && SCHOOL_YEAR.test(age.phrase)) ||
    ws.some((w, i) => (YOUNG_PERSON_WORDS.has(w) && !schoolRun(ws, i)) || (wordClass(w) === '@parent' && ws[i - 1] === 'my'));
  // The other way round: "stressed out about exams", "so lonely at school" are a young person's own
  // feelings, though "stressed out" and "lonely" alone are listed for parents; so are "lonely teen boy" and
  // "my son is so stressed out", said of a child.
  if (own && ((young && !isParent(ws)) || saidOfChild(ws, own))) {
    const merged: NeedIntent = {
      needId: CHILD_MENTAL_HEALTH_NEED,
      score: own.score + (child?.score ?? 0),
      phrase: child ? `${child.phrase} ${own.phrase}` : own.phrase,
    };
    return [merged, ...needs.filter((n) => n !== child && n !== own)].sort((a, b) => b.score - a.score);
  }
  if (!child) return needs;
  const first = child.phrase.split(' ')[0]!;
  const start = ws.indexOf(first);
  if (start < 0) return needs;
  let nearest: 'self' | 'other' | undefined;
  for (let i = start - 1; i >= 0 && nearest === undefined; i--) {
    const w = ws[i]!;
    if (w === 'i' || w === 'me' || w === 'myself') nearest = 'self';
    else if (OTHER_PEOPLE.has(wordClass(w) ?? '') || CHILD_STAGES.has(w)) nearest = 'other';
  }
  if (nearest === 'other') return needs;
  // Inside the phrase or between its words ("cutting herself", "cuts on my son's arms"): someone else's.
  const last = child.phrase.split(' ').at(-1)!;
  const end = ws.indexOf(last, start);
  const stretch = ws.slice(start, end < 0 ? start + 1 : end + 1);
  if (stretch.some((w) => OTHER_PEOPLE.has(wordClass(w) ?? '') || CHILD_STAGES.has(w))) return needs;
  if (!isParent(ws) || young) return needs;
  // Nobody before the feeling, a child's age in years given and the searcher never "i" or "me": the child's
  // ("nightmares since the car crash, kid age 7"), as a parent telling their own feelings says "i".
  const childAge = age !== undefined && /\d/.test(age.phrase) && !age.phrase.startsWith('under') && age.min >= 2;
  if (nearest === undefined && childAge && !ws.some((w) => w === 'i' || w === 'me' || w === 'myself')) return needs;
  const merged: NeedIntent = {
    needId: PARENT_WELLBEING_NEED,
    score: child.score + (own?.score ?? 0),
    phrase: own ? `${own.phrase} ${child.phrase}` : child.phrase,
  };
  return [merged, ...needs.filter((n) => n !== child && n !== own)].sort((a, b) => b.score - a.score);
}
