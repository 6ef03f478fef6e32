/**
 * How the urgent-help matcher (signposts.ts) reads what a frightened person typed before it looks for trigger words:
 * lower case, no accents or apostrophes, negations joined ("do not" is "dont"), text-speak written out ("u", "sum1",
 * "want 2 die"), a held-down letter read once and twice ("pleaseeee") and a dropped g put back ("chokin"), so the
 * trigger lists need one spelling of each word. The word model (signpost-model.ts) reads the same words. Pure and
 * browser-safe.
 */
import { TEXT_SPEAK } from './text-speak.ts';

// Joined-up negations and "i am", so "do not", "don't" and "dont" are one word to the trigger lists.
const JOINS: [RegExp, string][] = [
  [/\bdo not\b/g, 'dont'],
  [/\bdoes not\b/g, 'doesnt'],
  [/\bdid not\b/g, 'didnt'],
  [/\b(can not|cannot)\b/g, 'cant'],
  [/\bcould not\b/g, 'couldnt'],
  [/\bwill not\b/g, 'wont'],
  [/\bwould not\b/g, 'wouldnt'],
  [/\bhas not\b/g, 'hasnt'],
  [/\bhave not\b/g, 'havent'],
  [/\bis not\b/g, 'isnt'],
  [/\bwas not\b/g, 'wasnt'],
  [/\bare not\b/g, 'arent'],
  [/\bi am\b/g, 'im'],
];

// Text-speak a young person types on a phone, written out so the trigger lists need only one spelling: the
// shared table (text-speak.ts), and the forms only the matcher reads (negations stay joined: "dnt" is "dont").
const SIGNPOST_SPEAK: Record<string, string> = {
  ...TEXT_SPEAK,
  bc: 'because',
  dnt: 'dont',
  nt: 'not',
  wnt: 'want',
  havnt: 'havent',
  sum: 'some',
  wudnt: 'wouldnt',
  cudnt: 'couldnt',
  dis: 'this',
  dat: 'that',
  agen: 'again',
  agin: 'again',
  '4eva': 'forever',
  neva: 'never',
  msging: 'messaging',
  msgd: 'messaged',
  sed: 'said',
  gna: 'gonna',
  mi: 'my',
  wuz: 'was',
  dunno: 'dont know',
  // The -g dropped, as typed and as said ("thinkin bout endin it", "self harmin"): the lists need one spelling.
  // The matcher also reads any longer -in word as its -ing word (droppedG); the four-letter ones only this table.
  dyin: 'dying',
  missin: 'missing',
  endin: 'ending',
  thinkin: 'thinking',
  harmin: 'harming',
  cuttin: 'cutting',
  killin: 'killing',
  hurtin: 'hurting',
  cryin: 'crying',
  feelin: 'feeling',
  goin: 'going',
  doin: 'doing',
  sayin: 'saying',
  gettin: 'getting',
  bein: 'being',
  takin: 'taking',
  leavin: 'leaving',
  livin: 'living',
  burnin: 'burning',
  scratchin: 'scratching',
  hidin: 'hiding',
  textin: 'texting',
  touchin: 'touching',
  askin: 'asking',
  sendin: 'sending',
  makin: 'making',
  followin: 'following',
  hittin: 'hitting',
  beatin: 'beating',
  kickin: 'kicking',
  punchin: 'punching',
  threatenin: 'threatening',
  chattin: 'chatting',
  talkin: 'talking',
  sleepin: 'sleeping',
  stayin: 'staying',
  comin: 'coming',
  watchin: 'watching',
  marryin: 'marrying',
  plannin: 'planning',
  changin: 'changing',
  givin: 'giving',
  tellin: 'telling',
  postin: 'posting',
  sharin: 'sharing',
  forcin: 'forcing',
  blackmailin: 'blackmailing',
  messagin: 'messaging',
  dmin: 'dming',
  // Spelt as said, or shortened ("my uncle dus stuff", "go bak home", "his m8s").
  dus: 'does',
  bak: 'back',
  bk: 'back',
  yday: 'yesterday',
  hme: 'home',
  skl: 'school',
  hlp: 'help',
  cuzin: 'cousin',
  cuzzin: 'cousin',
  m8: 'mate',
  m8s: 'mates',
  nxt: 'next',
  b4: 'before',
  skool: 'school',
  evry1: 'everyone',
  // Round 10's writers' texting ("i hav to feed the baby", "wanna b ded"). Not "lil", "od" or "tryna", which the lists
  // hold as typed, nor "iv", which is also a type of FGM.
  hav: 'have',
  giv: 'give',
  ded: 'dead',
  bcoz: 'because',
  bcos: 'because',
  cus: 'because',
  gona: 'gonna',
  kno: 'know',
  // Pictures as typed ("he got my pix", "sharing my nudez").
  pix: 'pics',
  nudez: 'nudes',
};

/**
 * Whether a typed word may be an -ing word with its g dropped, as typed and as said ("chokin", "followin"): five
 * letters or more ending in -in. Shorter ones are usually words of their own ("thin", "skin", "twin"); the
 * four-letter ones people do type ("goin", "doin") are in the table above. A real -in word ("begin", "cousin")
 * gains only a form no list holds.
 */
export const droppedG = (word: string) => word.length >= 5 && word.endsWith('in');

/**
 * The words a typed word may be when a letter was held down or tapped again and again on a phone ("pleaseeee",
 * "hiiits meee", "daaad", "killlll"): each run of three or more of one letter read as one letter and as two
 * ("sooo" is "so", "gooood" is "good"). No English word has three of a letter in a row, so an ordinary word
 * gains nothing; a round 37 writer found that stretching one short word hid most danger searches.
 */
export const unstretched = (word: string): string[] => {
  if (!/([a-z])\1\1/.test(word)) return [];
  const one = word.replace(/([a-z])\1{2,}/g, '$1');
  const two = word.replace(/([a-z])\1{2,}/g, '$1$1');
  return one === two ? [one] : [one, two];
};

/**
 * Lower case, no accents, apostrophes dropped ("didn't" → "didnt"), other punctuation a space, negations joined,
 * ages written short split from their number ("13yo", "14yrs" → "13 yo", "14 yrs"), so a list word like "yo"
 * finds them, and text-speak written out ("u" → "you", "sum1" → "someone", "want 2 die" → "want to die").
 */
export function normaliseForSignposts(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(\d+)(yo|yr|yrs|y)\b/g, '$1 $2')
    .split(' ')
    .map((w) => SIGNPOST_SPEAK[w] ?? w)
    .join(' ')
    // "want 2 die": a 2 after these words is "to", never an age.
    .replace(/\b(want|wants|wanna|going|need|needs|have|has|got|how|ways|try|trying|used|scared|afraid)( 2)\b/g, '$1 to')
    // "go bak home 2 get married", "wat he did 2 me": a 2 before these words is "to", never a number of.
    .replace(
      /\b2 (me|him|her|them|us|you|anyone|someone|everyone|everybody|tell|go|get|be|do|meet|marry|say|see|stop|leave|talk|send|keep|make|come|take|live|sleep|stay|help|show|touch|b)\b/g,
      'to $1',
    )
    // "took 2 many", "2 much": too, never a number of.
    .replace(/\b2 (many|much)\b/g, 'too $1')
    // "wanna b dead", "gonna b gone": a b after these words is "be" ("plan b" and "b and b" keep theirs).
    .replace(/\b(wanna|gonna|gna|to|will|cant|wont|dont|would|could|should|must|might|ill|never)( b)\b/g, '$1 be');
  for (const [from, to] of JOINS) s = s.replace(from, to);
  return s;
}
