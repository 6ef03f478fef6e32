/**
 * "2" and "4" typed for "to" and "for" ("listen 2 me", "wot 2 do", "4 my son", "clubs 4 kids"), told from
 * the numbers ("2 kids", "4 year old", "under 4") by the word after them: only before a word a number
 * never counts (me, my, the, do, go...) are they read as "to" or "for". Before a person or the start of a
 * thing, either can be: PERSON_OR_ARTICLE.
 */
const PERSON_OR_ARTICLE = ['me', 'you', 'him', 'her', 'us', 'them', 'my', 'the', 'a', 'an', 'our', 'his', 'their', 'your'];
const AFTER_TO = new Set([
  ...PERSON_OR_ARTICLE,
  'someone',
  'somebody',
  'anyone',
  'do',
  'go',
  'get',
  'talk',
  'speak',
  'see',
  'find',
  'help',
  'make',
  'stop',
  'cope',
  'deal',
  'pay',
  'take',
  'keep',
  'come',
  'be',
  'eat',
  'learn',
  'meet',
  'ask',
  'leave',
  'tell',
  'ring',
  'call',
  'apply',
  'claim',
  'school',
  'work',
  'college',
  'nursery',
  'bed',
  'sleep',
]);
// "4 help", "4 advice": what is asked for (a count of help is never typed).
const AFTER_FOR = new Set([
  ...PERSON_OR_ARTICLE,
  'under',
  'over',
  'toddlers',
  'teens',
  'teenagers',
  'families',
  'parents',
  'mums',
  'dads',
  'young',
  'help',
  'support',
  'advice',
]);
/** Before these a "4" is a count ("mum of 4 kids", "i have 4 children"), not "for". */
const COUNT_BEFORE = new Set(['of', 'have', 'has', 'had', 'got', 'with', 'are', 'is', 'aged', 'age', 'ages', 'under', 'over', 'year', 'yr']);

export function digitWords(ws: string[]): string[] {
  return ws.map((w, i) => {
    const next = ws[i + 1] ?? '';
    const prev = ws[i - 1];
    if (w === '2' && AFTER_TO.has(next)) return 'to';
    if (w === '4' && prev !== undefined && !COUNT_BEFORE.has(prev) && (AFTER_FOR.has(next) || next === 'kids' || next === 'children')) return 'for';
    return w;
  });
}
