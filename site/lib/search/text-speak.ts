/**
 * Text-speak typed on a phone, with the plain words it stands for ("2day" is "today", "wiv" is "with", "no1" is
 * "no one"). One table for both readers of a search: the urgent-help matcher (signposts.ts) and query
 * understanding (understand/words.ts). Each adds only the forms it reads its own way: the matcher keeps
 * negations joined ("dnt" is "dont"), understanding spells them out ("do not") and drops filler ("tbh").
 */
export const TEXT_SPEAK: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  wen: 'when',
  wot: 'what',
  wat: 'what',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  wiv: 'with',
  cnt: 'cant',
  sum1: 'someone',
  some1: 'someone',
  any1: 'anyone',
  no1: 'no one',
  every1: 'everyone',
  '2day': 'today',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  bout: 'about',
  abt: 'about',
  '4ever': 'forever',
  msg: 'message',
  msgs: 'messages',
  luv: 'love',
  woz: 'was',
};
