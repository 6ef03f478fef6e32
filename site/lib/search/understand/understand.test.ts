import { describe, expect, it } from 'vitest';
import { emptyQuery } from '../query.ts';
import { typoDistance } from '../../../../content/lib/suggest.ts';
import { compileLexicon, detectNeeds } from './lexicon.ts';
import { dashRanges } from './read-age.ts';
import { applyUnderstanding, understandQuery, understoodParts, type UnderstandContext } from './understand.ts';
import { directoryForm, directoryForms, meaningful, stem, wordForms, words } from './words.ts';

const ctx: UnderstandContext = {
  lexicon: compileLexicon({
    'domestic-abuse': ['hits me', 'scared of my partner'],
    behaviour: ['hits other children', 'tantrums'],
    'school-learning': ["won't go to school", 'school'],
    'child-mental-health': ['anxious', 'mental health'],
    'parent-wellbeing': ['mental health for mums'],
    housing: ['evicted'],
    'family-activities': ['activities', 'soft play'],
    send: ['learning disability'],
  }),
  places: [
    { locality: 'south', label: 'Mexborough', words: ['mexborough'] },
    { locality: 'east', label: 'Kirk Sandall', words: ['kirk', 'sandall'] },
  ],
  areaNames: ['doncaster'],
  forms: wordForms(['Help if you face eviction', 'Activities for families']),
};

describe('words', () => {
  it('spells out contractions, with or without the apostrophe', () => {
    expect(words("I'm pregnant")).toEqual(['i', 'am', 'pregnant']);
    expect(words('im pregnant')).toEqual(['i', 'am', 'pregnant']);
    expect(words("We're being evicted, he's angry")).toEqual(['were', 'being', 'evicted', 'he', 'is', 'angry']);
    expect(words("won't WONT can't")).toEqual(['wont', 'wont', 'cant']);
  });
  it('reads "not have any" and "not got any" as "no"', () => {
    expect(words('my kid doesnt have any friends')).toEqual(['my', 'kid', 'no', 'friends']);
    expect(words("we haven't got any food")).toEqual(['we', 'no', 'food']);
    expect(words('not got any money')).toEqual(['no', 'money']);
    expect(words('i do not have time')).toEqual(['i', 'do', 'not', 'have', 'time']);
  });
  it('reads "refuses to", "never wants to" and "does not want to" as "wont"', () => {
    expect(words('he refuses to go to school')).toEqual(['he', 'wont', 'go', 'to', 'school']);
    expect(words('she never wants to leave the house')).toEqual(['she', 'wont', 'leave', 'the', 'house']);
    expect(words("he doesn't want to eat")).toEqual(['he', 'wont', 'eat']);
    expect(words('i want to go')).toEqual(['i', 'want', 'to', 'go']);
  });
  it('leaves out "send" the verb, which typed in lower case would be SEND', () => {
    expect(words('where to send a family struggling with damp')).toEqual(['where', 'to', 'a', 'family', 'struggling', 'with', 'damp']);
    expect(words('which school to send our daughter to')).toEqual(['which', 'school', 'to', 'our', 'daughter', 'to']);
    expect(words('referral to send team')).toEqual(['referral', 'to', 'send', 'team']);
    expect(words('send support for my son')).toEqual(['send', 'support', 'for', 'my', 'son']);
  });
  it('reads text-speak as the words it stands for', () => {
    expect(words('wot can u do wiv ur kids')).toEqual(['what', 'can', 'you', 'do', 'with', 'your', 'kids']);
    expect(words('pls can sum1 help')).toEqual(['please', 'can', 'someone', 'help']);
  });
  it('stems English word forms with the Porter stemmer', () => {
    expect(new Set(['evicted', 'eviction', 'evict'].map(stem))).toEqual(new Set(['evict']));
    expect(stem('drinks')).toBe(stem('drinking'));
    // Porter undoubles a final consonant only after -ing or -ed: the stem is the same for every ending.
    expect(stem('headbutts')).toBe(stem('headbutting'));
    expect(stem('stuff')).toBe(stem('stuffing'));
    expect(stem('falls')).toBe(stem('falling'));
    expect(stem('vaccinations')).toBe(stem('vaccination'));
    expect(stem('dn4')).toBe('dn4');
  });
  it('keeps meaning words, but never leaves nothing', () => {
    expect(meaningful(words('my husband hits me'))).toEqual(['husband', 'hits']);
    expect(meaningful(['help'])).toEqual(['help']);
  });
  it("groups the directory's own word forms and rewrites a form it never uses", () => {
    const f = wordForms(['eviction notices', 'an eviction', 'evictions']);
    expect(f.groups).toContainEqual(['eviction', 'evictions']);
    expect(directoryForm('evicted', f)).toBe('eviction');
    expect(directoryForm('evictions', f)).toBe('evictions');
    expect(directoryForm('sudoku', f)).toBe('sudoku');
    // A word that joins its neighbour into a directory word stays as typed, so the engines can join them.
    const g = wordForms(['Breastfeeding cafe. Sore breasts?']);
    expect(directoryForms(['breast', 'feeding'], g)).toEqual(['breast', 'feeding']);
    expect(directoryForms(['breast', 'pain'], g)).toEqual(['breasts', 'pain']);
  });
});

describe('need intent', () => {
  it('matches phrases in order, allowing a word or two between', () => {
    expect(detectNeeds(words('my husband hits me'), ctx.lexicon).map((n) => n.needId)).toEqual(['domestic-abuse']);
    expect(detectNeeds(words('my partner really hits me'), ctx.lexicon).map((n) => n.needId)).toEqual(['domestic-abuse']);
    expect(detectNeeds(words('my kid hits other children'), ctx.lexicon).map((n) => n.needId)).toEqual(['behaviour']);
    expect(detectNeeds(words('me hits'), ctx.lexicon)).toEqual([]);
  });
  it('lets the longest phrase speak for its words', () => {
    expect(detectNeeds(words('mental health support for mums'), ctx.lexicon).map((n) => n.needId)).toEqual(['parent-wellbeing']);
    expect(detectNeeds(words('mental health'), ctx.lexicon).map((n) => n.needId)).toEqual(['child-mental-health']);
  });
  it("reads through typos, with the engines' allowance, but not through real words", () => {
    const lexicon = compileLexicon({ 'pregnancy-baby': ['pregnant', 'breastfeeding'], 'child-mental-health': ['counselling'] });
    expect(detectNeeds(words('im pregant'), lexicon).map((n) => n.needId)).toEqual(['pregnancy-baby']);
    expect(detectNeeds(words('brestfeeding'), lexicon).map((n) => n.needId)).toEqual(['pregnancy-baby']);
    expect(detectNeeds(words('councelling'), lexicon).map((n) => n.needId)).toEqual(['child-mental-health']);
    expect(detectNeeds(words('pregnant'.slice(0, 4)), lexicon)).toEqual([]);
    expect(detectNeeds(words('pregant'), lexicon, (w) => w === 'pregant')).toEqual([]);
  });
  it('reads word forms: "evicting" matches the phrase "evicted"', () => {
    expect(detectNeeds(words('landlord is evicting us'), ctx.lexicon).map((n) => n.needId)).toEqual(['housing']);
  });
});

describe('understandQuery', () => {
  it('reads an age out of the words so it stops deciding the ranking', () => {
    const u = understandQuery("my 13 year old won't go to school and is anxious", ctx);
    expect(u.age).toEqual({ min: 13, max: 13, phrase: '13 year old' });
    expect(u.text).toBe('wont school anxious');
    expect(u.needs.map((n) => n.needId)).toEqual(['school-learning', 'child-mental-health']);
  });
  it('reads cost, day and life stage, and leaves the rest as words', () => {
    const u = understandQuery('free activities for toddlers this saturday', ctx);
    expect(u).toMatchObject({ age: { min: 1, max: 3 }, day: { day: 'saturday', phrase: 'this saturday' }, free: { phrase: 'free' } });
    expect(u.text).toBe('activities toddlers');
    expect(understoodParts(u)).toEqual(['age', 'day', 'free', 'need:family-activities']);
  });
  it('reads days, short forms only where they cannot be another word', () => {
    expect(understandQuery('toddler group on tues', ctx).day).toMatchObject({ day: 'tuesday', phrase: 'on tues' });
    expect(understandQuery('swimming sundays', ctx).day).toMatchObject({ day: 'sunday' });
    expect(understandQuery("we'd like a playgroup", ctx).day).toBeUndefined();
    expect(understandQuery('sun safety for kids', ctx).day).toBeUndefined();
    expect(understandQuery('things to do this weekend', ctx).day).toEqual({ day: 'weekend', phrase: 'this weekend' });
    expect(understandQuery('open at the weekend', ctx).day).toEqual({ day: 'weekend', phrase: 'at the weekend' });
    expect(understandQuery('swimming weekends', ctx).day).toEqual({ day: 'weekend', phrase: 'weekends' });
    // A Saturday job, a dad who has the children at weekends: not a time to go out.
    expect(understandQuery('weekend job for 16 year old', ctx).day).toBeUndefined();
    expect(understandQuery('support for weekend dads', ctx).day).toBeUndefined();
  });
  it('does not read "free" as a price in a name', () => {
    expect(understandQuery('free school meals', ctx).free).toBeUndefined();
    expect(understandQuery('smoke free homes', ctx).free).toBeUndefined();
  });
  it('reads other age phrases', () => {
    expect(understandQuery('aged 7 autism', ctx).age).toMatchObject({ min: 7, max: 7 });
    expect(understandQuery('clubs for 5-11 year olds', ctx).age).toMatchObject({ min: 5, max: 11 });
    expect(understandQuery('swimming for under 5s', ctx).age).toMatchObject({ min: 0, max: 4 });
    expect(understandQuery('my 6 month old', ctx).age).toMatchObject({ min: 0, max: 0 });
    expect(understandQuery('teenager wont talk', ctx).age).toMatchObject({ min: 13, max: 19 });
    expect(understandQuery('my 99 year old nan', ctx).age).toBeUndefined();
    expect(understandQuery('my son is 5 and wont sleep', ctx).age).toMatchObject({ min: 5, max: 5, phrase: 'is 5' });
    expect(understandQuery('year 7 transition', ctx).age).toMatchObject({ min: 11, max: 12 });
    expect(understandQuery('clubs for over 16s', ctx).age).toMatchObject({ min: 16, max: 25 });
    expect(understandQuery('support for 16 year olds', ctx).age).toMatchObject({ min: 16, max: 16 });
  });
  it("reads a young person giving their own age, and with no other need, looks for young people's support", () => {
    expect(understandQuery('im 15 and need advice', ctx)).toMatchObject({ age: { min: 15, max: 15 }, needs: [{ needId: 'youth' }], text: '' });
    expect(understandQuery("I'm 14 and anxious", ctx)).toMatchObject({ age: { min: 14, max: 14 }, needs: [{ needId: 'child-mental-health' }] });
    expect(understandQuery('im 30 and need advice', ctx).age).toBeUndefined();
    expect(understandQuery('im 6 months pregnant', ctx).needs).toEqual([]);
    expect(understandQuery('im 15', ctx, ['need:youth']).needs).toEqual([]);
  });
  it('searches by what it read when only small words are left, but never empties a search of small words', () => {
    expect(understandQuery('help', ctx).text).toBe('help');
    expect(understandQuery('what is on this saturday', ctx).text).toBe('');
  });
  it('reads places, longest name first, and drops the area name', () => {
    expect(understandQuery('stay and play in kirk sandall', ctx)).toMatchObject({
      place: { locality: 'east', label: 'Kirk Sandall' },
      text: 'stay play',
    });
    expect(understandQuery('parenting doncaster', ctx).text).toBe('parenting');
  });
  it('gives the words back when a part is undone', () => {
    const u = understandQuery('my 13 year old is anxious', ctx, ['age', 'need:child-mental-health']);
    expect(u.age).toBeUndefined();
    expect(u.needs).toEqual([]);
    expect(u.text).toBe('13 year old anxious');
  });
  it('rewrites a word form the directory never uses', () => {
    expect(understandQuery('we are being evicted', ctx).text).toBe('eviction');
  });
  it('never makes an acronym a form of a word: "sending" is not SEND', () => {
    const texts = ['SEND support', 'Sending letters home'];
    expect(wordForms(texts).forms[stem('sending')]).toEqual(['send', 'sending']);
    expect(wordForms(texts, ['send']).forms[stem('sending')]).toEqual(['sending']);
    expect(wordForms(texts, ['send']).groups).toEqual([]);
  });
  it('turns what it read into a query: filters where the person set none, needs as a boost only', () => {
    const u = understandQuery('learning disability 20 year old', ctx);
    const q = applyUnderstanding({ ...emptyQuery(), q: 'learning disability 20 year old' }, u);
    expect(q).toMatchObject({ q: 'learning disability', ageMin: 20, ageMax: 20, send: true, boostNeeds: ['send'], needs: [] });
    const chosen = applyUnderstanding({ ...emptyQuery(), ageMin: 4, ageMax: 4, needs: ['send'] }, understandQuery('my 13 year old', ctx));
    expect(chosen).toMatchObject({ ageMin: 4, ageMax: 4, boostNeeds: [] });
  });
});

describe('need intent: phrase against word', () => {
  it('lets a longer phrase of equal weight win: "hits me" is not a child hitting', () => {
    const lexicon = compileLexicon({ 'domestic-abuse': ['hits me'], behaviour: ['hitting'] });
    expect(detectNeeds(words('my husband hits me'), lexicon).map((n) => n.needId)).toEqual(['domestic-abuse']);
    expect(detectNeeds(words('my son keeps hitting'), lexicon).map((n) => n.needId)).toEqual(['behaviour']);
  });
});

describe('need intent: where a phrase may be read', () => {
  const lexicon = compileLexicon({
    'parent-wellbeing': ['me time'],
    'school-learning': ['home school'],
    'domestic-abuse': ['partner hits me', 'get away from my partner'],
    'young-carers': ['my mum is ill'],
  });
  const needs = (q: string) => detectNeeds(words(q), lexicon).map((n) => n.needId);

  it('reads a phrase with one telling word only as written together', () => {
    expect(needs('need some me time')).toEqual(['parent-wellbeing']);
    expect(needs('he shouts at me all the time')).toEqual([]);
  });
  it('reads a phrase across a few words, but not across a word starting a new part of the sentence', () => {
    expect(needs('my partner sometimes hits me')).toEqual(['domestic-abuse']);
    expect(needs('my husband drinks and hits me')).toEqual(['domestic-abuse']);
    expect(needs('my partner at home hits me')).toEqual(['domestic-abuse']);
    expect(needs('should i home school')).toEqual(['school-learning']);
    expect(needs('followed home from school')).toEqual([]);
  });
  it('leaves out the small words at either end of a longer phrase', () => {
    expect(needs('mum is ill')).toEqual(['young-carers']);
    expect(needs('how do i get away from my husband')).toEqual(['domestic-abuse']);
    expect(needs('run away from my boyfriend')).toEqual(['domestic-abuse']);
  });
});

describe('need intent: phrases of small words', () => {
  it('reads a phrase of small words only as a fixed expression worth one word', () => {
    const lexicon = compileLexicon({ 'family-activities': ['whats on', 'what can i do with'], behaviour: ['hits'] });
    const of = (q: string) => detectNeeds(words(q), lexicon);
    expect(of("what's on")).toEqual([{ needId: 'family-activities', score: 1, phrase: 'what is on' }]);
    expect(of('what can i do with my 2 year old').map((n) => n.needId)).toEqual(['family-activities']);
    expect(of('what is it on').map((n) => n.needId)).toEqual([]);
    expect(of('my son hits what can i do').map((n) => n.needId)).toEqual(['behaviour']);
  });
});

describe('need intent: typos', () => {
  it('counts two swapped neighbouring letters as one typo', () => {
    expect(typoDistance('anxeity', 'anxiety')).toBe(1);
    expect(typoDistance('behavour', 'behaviour')).toBe(1);
    expect(typoDistance('abc', 'cba')).toBe(2);
    expect(typoDistance('', 'ab')).toBe(2);
    const lexicon = compileLexicon({ 'child-mental-health': ['anxiety'] });
    expect(detectNeeds(words('my daughter has anxeity'), lexicon).map((n) => n.needId)).toEqual(['child-mental-health']);
  });
});

describe('need intent: short words', () => {
  it('reads a short one-word phrase (an acronym) only as written or with a plural s', () => {
    const lexicon = compileLexicon({ send: ['send', 'sen'], 'drugs-alcohol': ['drug'] });
    const needs = (q: string) => detectNeeds(words(q), lexicon).map((n) => n.needId);
    expect(needs('send support')).toEqual(['send']);
    expect(needs('sending pics')).toEqual([]);
    expect(needs('drugs')).toEqual(['drugs-alcohol']);
  });
});

describe('need intent: people in a family stand for each other', () => {
  const lexicon = compileLexicon({
    'domestic-abuse': ['scared of my partner'],
    'young-carers': ['my mum is disabled'],
    'child-mental-health': ['cutting myself'],
    parenting: ['dads'],
    'family-activities': ['mums and tots'],
  });
  const needs = (q: string) => detectNeeds(words(q), lexicon).map((n) => n.needId);

  it('reads a phrase written with one member of the family with any other', () => {
    expect(needs('im scared of my boyfriend')).toEqual(['domestic-abuse']);
    expect(needs('my nan is disabled')).toEqual(['young-carers']);
    expect(needs('my brother is disabled')).toEqual([]);
    expect(needs('she keeps cutting herself')).toEqual(['child-mental-health']);
    expect(needs('dads and tots')).toEqual(['family-activities']);
    expect(needs('im scared of my fella')).toEqual(['domestic-abuse']);
  });

  it('keeps grandchildren apart from children: bringing up a grandson is kinship care', () => {
    const kin = compileLexicon({ parenting: ['raising my grandson'] });
    expect(detectNeeds(words('raising my granddaughter'), kin).map((n) => n.needId)).toEqual(['parenting']);
    expect(detectNeeds(words('raising my son'), kin)).toEqual([]);
  });

  it('reads the illnesses someone is cared for with as one', () => {
    const carers = compileLexicon({ 'young-carers': ['my mum has cancer'], send: ['disabled child'] });
    const of = (q: string) => detectNeeds(words(q), carers).map((n) => n.needId);
    expect(of('my nan has dementia')).toEqual(['young-carers']);
    expect(of('dad has parkinsons')).toEqual(['young-carers']);
    expect(of('my brother has cancer')).toEqual([]);
    expect(of('sick child')).toEqual([]);
  });

  it('keeps a phrase whose only telling word is the person to its own word', () => {
    const people = compileLexicon({ 'family-relationships': ['my ex'], 'domestic-abuse': ['scared of my partner'] });
    const of = (q: string) => detectNeeds(words(q), people).map((n) => n.needId);
    expect(of('my ex wont let me see the kids')).toEqual(['family-relationships']);
    expect(of('my husband has a new job')).toEqual([]);
    expect(of('scared of my ex')).toEqual(['domestic-abuse']);
  });

  it('keeps a one-word phrase to its own word', () => {
    expect(needs('dads')).toEqual(['parenting']);
    expect(needs('mums')).toEqual([]);
  });
});

describe('need intent: rooms stand for each other', () => {
  it('reads a bedroom as a room and a room as a bedroom', () => {
    const rooms = compileLexicon({ 'child-mental-health': ['wont come out of her room'], youth: ['coming out'] });
    const of = (q: string) => detectNeeds(words(q), rooms).map((n) => n.needId);
    // The longer phrase speaks for "come out": he is shut away, not coming out as gay.
    expect(of('he wont come out of his bedroom')).toEqual(['child-mental-health']);
    expect(of('she wont come out of her rooms')).toEqual(['child-mental-health']);
  });
});

describe('understandQuery: words read as an age', () => {
  const ages: UnderstandContext = { ...ctx, lexicon: compileLexicon({ 'school-learning': ['year 6'], 'family-activities': ['activities'] }) };
  const of = (q: string) => understandQuery(q, ages).needs.map((n) => n.needId);
  it('reads a phrase that is only an age as a need only when nothing else is said', () => {
    expect(of('activities for year 6 in the summer')).toEqual(['family-activities']);
    expect(of('year 6')).toEqual(['school-learning']);
  });
});

describe('need intent: school subjects stand for each other', () => {
  it('reads a phrase written with one subject with any other, but not English', () => {
    const subjects = compileLexicon({ 'school-learning': ['struggling with maths'], 'work-skills': ['english classes'] });
    const of = (q: string) => detectNeeds(words(q), subjects).map((n) => n.needId);
    expect(of('my kid is proper struggling with reading')).toEqual(['school-learning']);
    expect(of('maths classes')).toEqual([]);
  });
});

describe('understandQuery: several needs', () => {
  const two: UnderstandContext = {
    ...ctx,
    lexicon: compileLexicon({
      'staying-safe': ['followed home'],
      'domestic-abuse': ['throws things'],
      behaviour: ['angry'],
      'school-learning': ['school'],
      'child-mental-health': ['anxious'],
    }),
  };
  const of = (q: string) => understandQuery(q, two).needs.map((n) => n.needId);
  it('leaves out a weaker need whose word only says where or when', () => {
    expect(of('keep getting followed home from school')).toEqual(['staying-safe']);
    expect(of('he throws things when hes angry')).toEqual(['domestic-abuse']);
  });
  it('keeps a weaker need said as a thing of its own', () => {
    expect(of('followed home and anxious')).toEqual(['staying-safe', 'child-mental-health']);
    expect(of('school is ok but he throws things')).toEqual(['domestic-abuse', 'school-learning']);
  });
});

describe('need intent: typing slips', () => {
  const lexicon = compileLexicon({ 'work-skills': ['work'], 'domestic-abuse': ['scared of my partner'], 'pregnancy-baby': ['pregnant'] });
  const needs = (q: string) => detectNeeds(words(q), lexicon).map((n) => n.needId);

  it('reads a slip in a longer word, and a mistyped person as their class', () => {
    expect(needs('pregant')).toEqual(['pregnancy-baby']);
    expect(needs('scared of my boyfrend')).toEqual(['domestic-abuse']);
  });

  it('compares a slip as typed first, and in a long word with a short stem too', () => {
    const slips = compileLexicon({ housing: ['homeless', 'home repairs'], 'money-benefits': ['carers allowance'] });
    const of = (q: string) => detectNeeds(words(q), slips).map((n) => n.needId);
    // "homeles" stems to "homel", one letter from "home"; as typed it is one from "homeless".
    expect(detectNeeds(words('homeles'), slips)).toEqual([{ needId: 'housing', score: 1, phrase: 'homeles' }]);
    // "alowance" stems to "alow", too short for a slip on the stem; as typed it is one from "allowance".
    expect(of('carers alowance')).toEqual(['money-benefits']);
  });
  it('does not read a short word as another one letter away', () => {
    expect(needs('my kid has worms')).toEqual([]);
  });

  it('reads a slip that changes the stem more than the word, compared with the phrases as written', () => {
    // "activites" stems to "activit", "activities" to "activ": two apart as stems, one as typed.
    const fun = compileLexicon({ 'family-activities': ['activities'] });
    expect(detectNeeds(words('activites for kids'), fun).map((n) => n.needId)).toEqual(['family-activities']);
    expect(detectNeeds(words('activists'), fun)).toEqual([]);
  });
});

describe('phone shorthand and digits', () => {
  it('reads digits for sounds and shortened words', () => {
    expect(words('wot 2 do 2day gr8')).toEqual(['what', 'to', 'do', 'today', 'great']);
    expect(words('shud i be worried b4 skool')).toEqual(['should', 'i', 'be', 'worried', 'before', 'school']);
  });
  it('reads "2" and "4" as "to" and "for" only where a number cannot be meant', () => {
    expect(words('listen 2 me')).toEqual(['listen', 'to', 'me']);
    expect(words('clubs 4 kids')).toEqual(['clubs', 'for', 'kids']);
    expect(words('help 4 my son')).toEqual(['help', 'for', 'my', 'son']);
    expect(words('my 2 kids')).toEqual(['my', '2', 'kids']);
    expect(words('i have 4 kids')).toEqual(['i', 'have', '4', 'kids']);
    expect(words('4 year old')).toEqual(['4', 'year', 'old']);
    expect(words('under 4')).toEqual(['under', '4']);
  });
  it('reads "yr 4" as a school year', () => {
    expect(understandQuery('yr 4 and cant read', ctx).age).toEqual({ min: 8, max: 9, phrase: 'yr 4' });
    expect(understandQuery('my 4 yr old', ctx).age).toEqual({ min: 4, max: 4, phrase: '4 yr old' });
  });
});

describe('need intent: small words inside a phrase', () => {
  const lexicon = compileLexicon({
    'young-carers': ['my mum is ill'],
    'family-relationships': ['see my grandson'],
    parenting: ['shout at my kids'],
    'parent-wellbeing': ['feeling low'],
  });
  const needs = (q: string) => detectNeeds(words(q), lexicon).map((n) => n.needId);

  it('does not need "the", "is" or "has" inside a phrase to match', () => {
    expect(needs('mums poorly')).toEqual(['young-carers']);
    expect(needs('grandad wants to see the grandkids')).toEqual(['family-relationships']);
  });
  it("reads whose parent it is as the same: a young carer's mum is theirs either way", () => {
    const carers = compileLexicon({ 'young-carers': ['i look after my mum'], childcare: ['child care'] });
    const of = (q: string) => detectNeeds(words(q), carers).map((n) => n.needId);
    expect(of('she looks after her mum')).toEqual(['young-carers']);
    // "child care" is a term, not a person: "son cares" is not childcare.
    expect(of('child care costs')).toEqual(['childcare']);
    expect(of('my son cares for his dad')).toEqual([]);
  });
  it("still tells my children from somebody else's", () => {
    expect(needs('i shout at our kids')).toEqual(['parenting']);
    expect(needs('neighbour shouts at her kids')).toEqual([]);
  });
  it('reads "so" as a break only where a new clause starts', () => {
    expect(needs('feeling so low')).toEqual(['parent-wellbeing']);
    expect(needs('feeling fine so low days are rare')).toEqual(['parent-wellbeing']);
    expect(needs('feeling tired so i am low')).toEqual([]);
  });
});

describe("understandQuery: a parent's own feelings", () => {
  const moods: UnderstandContext = {
    ...ctx,
    lexicon: compileLexicon({
      'child-mental-health': ['feeling low', 'anxiety', 'exam stress', 'scratches on her arms'],
      'parent-wellbeing': ['stressed out', 'not coping'],
    }),
  };
  const of = (q: string) => understandQuery(q, moods).needs.map((n) => n.needId);

  it("reads a parent's low mood as their own wellbeing", () => {
    expect(of('i keep feeling low since the baby')).toEqual(['parent-wellbeing']);
    expect(of('my anxiety is bad and i have 3 kids')).toEqual(['parent-wellbeing']);
    expect(of('feeling low lately and the kids have noticed')).toEqual(['parent-wellbeing']);
  });
  it("keeps a feeling the child's when a child's age is given and the searcher never says i or me", () => {
    expect(of('anxiety since the car crash kid age 7')).toEqual(['child-mental-health']);
    expect(of('anxiety since the car crash and i have 2 kids age 7 and 9')).toEqual(['parent-wellbeing']);
  });
  it("keeps a child's and a young person's feelings theirs", () => {
    expect(of('my son is feeling low')).toEqual(['child-mental-health']);
    expect(of('noticed scratches on my girls arms')).toEqual(['child-mental-health']);
    expect(of('anxiety')).toEqual(['child-mental-health']);
    expect(of('im 15 and feeling low')).toEqual(['child-mental-health']);
    expect(of('i keep feeling low and my mum doesnt get it')).toEqual(['child-mental-health']);
  });
  it("reads an adult's own worry about a job or the rent as theirs", () => {
    const adult: UnderstandContext = {
      ...moods,
      lexicon: compileLexicon({ 'child-mental-health': ['cant sleep for worrying'], 'work-skills': ['lost my job'] }),
    };
    expect(understandQuery('lost my job and cant sleep for worrying', adult).needs.map((n) => n.needId)).toContain('parent-wellbeing');
    expect(understandQuery('cant sleep for worrying', adult).needs.map((n) => n.needId)).toEqual(['child-mental-health']);
  });
  it("reads a parent's words for a feeling as a child's when said of a child", () => {
    expect(of('stressed out teenager')).toEqual(['child-mental-health']);
    expect(of('my son is so stressed out')).toEqual(['child-mental-health']);
    expect(of('i am stressed out with my son')).toEqual(['parent-wellbeing']);
    expect(of('stressed out since the baby')).toEqual(['parent-wellbeing']);
  });
  it("reads a pregnancy lost as the parent's own", () => {
    expect(of('feeling low after my miscarriage')).toEqual(['parent-wellbeing']);
    expect(of('feeling low after the stillbirth')).toEqual(['parent-wellbeing']);
  });
  it('reads the school run as a parent, not a pupil', () => {
    expect(of('feeling low, not been out since the school run')).toEqual(['parent-wellbeing']);
    expect(of('feeling low at school')).toEqual(['child-mental-health']);
  });
  it("reads a young person's stress about school as theirs", () => {
    expect(of('stressed out about school')).toEqual(['child-mental-health']);
    expect(of('stressed out with the kids')).toEqual(['parent-wellbeing']);
    // A school year or mock exams say a pupil is writing.
    expect(of('yr 11 and so stressed out')).toEqual(['child-mental-health']);
    expect(of('mocks next week stressed out')).toEqual(['child-mental-health']);
  });
});

describe('understandQuery: ages as schools, clubs and practitioners write them', () => {
  const age = (q: string) => understandQuery(q, ctx).age;

  it('reads a range typed with a dash, with or without "year olds"', () => {
    expect(age('holiday club 5-11')).toMatchObject({ min: 5, max: 11 });
    expect(age('clubs for 8-12s')).toMatchObject({ min: 8, max: 12 });
    expect(age('0-19 service')).toMatchObject({ min: 0, max: 19 });
    expect(age('0-25 send team')).toMatchObject({ min: 0, max: 25 });
    expect(understandQuery('holiday club 5-11', ctx).text).toBe('holiday club');
  });
  it('does not read times, amounts or one-to-one as ages', () => {
    expect(age('open 9-12 am')).toBeUndefined();
    expect(age('2-3 days a week')).toBeUndefined();
    expect(age('1-2-1 support for mum')).toBeUndefined();
    expect(age('from 9 to 12')).toBeUndefined();
    expect([...dashRanges('1-2-1, 5 - 11 and 8–12s')]).toEqual(['5-11', '8-12']);
  });
  it('reads "ages 5 to 11" and "for 11 to 18"', () => {
    expect(age('ages 5 to 11')).toMatchObject({ min: 5, max: 11 });
    expect(age('groups for 11 to 18')).toMatchObject({ min: 11, max: 18 });
  });
  it('reads key stages, school years typed as one word and football ages', () => {
    expect(understandQuery('ks2 maths help', ctx)).toMatchObject({ age: { min: 7, max: 11, phrase: 'ks2' }, text: 'maths' });
    expect(age('key stage 3 science')).toMatchObject({ min: 11, max: 14 });
    expect(age('y7 anxious')).toMatchObject({ min: 11, max: 12 });
    expect(age('year7 transition')).toMatchObject({ min: 11, max: 12 });
    expect(age('football for u11s')).toMatchObject({ min: 0, max: 10 });
  });
  it('reads stages of childhood and schooling, keeping their words', () => {
    expect(understandQuery('tweens club', ctx)).toMatchObject({ age: { min: 9, max: 12 }, text: 'tweens club' });
    expect(age('pre schooler speech')).toMatchObject({ min: 3, max: 4, phrase: 'pre schooler' });
    expect(age('sixth form or college')).toMatchObject({ min: 16, max: 18 });
    expect(age('starts reception in september')).toMatchObject({ min: 4, max: 5 });
    expect(age('wedding reception venue')).toBeUndefined();
    expect(age('primary school age clubs')).toMatchObject({ min: 4, max: 11 });
  });
  it('reads months as years, and a month count right after a baby or child', () => {
    expect(age('18 month old')).toMatchObject({ min: 1, max: 1 });
    expect(age('toddler 18 months not walking')).toMatchObject({ min: 1, max: 1 });
    expect(age('my son is 6 months')).toMatchObject({ min: 0, max: 0 });
    expect(age('waited 18 months for camhs')).toBeUndefined();
  });
  it("does not read a new brother's or sister's age as the child's", () => {
    expect(age('sibling rivalry since the new baby arrived')).toBeUndefined();
    expect(age('big brother jealous of the baby')).toBeUndefined();
    expect(age('my son is struggling with the new baby')).toBeUndefined();
    expect(age('preparing our 3 year old for a baby sister')).toMatchObject({ min: 3, max: 3 });
    expect(age('toddler acting up since the new baby came')).toMatchObject({ min: 1, max: 3 });
    expect(age('son being naughty since baby arrived')).toBeUndefined();
    expect(age('he wont stay in his own bed since the new baby came')).toBeUndefined();
    // The baby is the child the search is about.
    expect(age('new baby support group')).toMatchObject({ min: 0, max: 1 });
    expect(age('sensory group for older babies')).toMatchObject({ min: 0, max: 1 });
    expect(age('feeling low since the baby came')).toMatchObject({ min: 0, max: 1 });
  });
});

describe('understandQuery: danger the trigger words read', () => {
  // Stands in for the urgent-help matcher (signposts.ts urgentNeeds): these words show the domestic abuse panel.
  const urgent = { ...ctx, urgentNeeds: (q: string) => (/phone|hits/.test(q) ? ['domestic-abuse', 'staying-safe'] : []) };
  it('ranks help with the danger first when no phrase matched', () => {
    const u = understandQuery('he broke my phone so i couldnt call anyone', urgent);
    expect(u.needs.map((n) => n.needId)).toEqual(['domestic-abuse', 'staying-safe']);
    expect(u.needs.every((n) => !n.guessed)).toBe(true);
  });
  it("puts a matched phrase's need first and the panel's needs after it", () => {
    expect(understandQuery('anxious since he broke my phone', urgent).needs.map((n) => n.needId)).toEqual([
      'child-mental-health',
      'domestic-abuse',
      'staying-safe',
    ]);
    // Already read by a phrase: once, where the phrase put it.
    expect(understandQuery('he hits me', urgent).needs.map((n) => n.needId)).toEqual(['domestic-abuse', 'staying-safe']);
  });
  it('can be undone one need at a time', () => {
    const u = understandQuery('he broke my phone so i couldnt call anyone', urgent, ['need:staying-safe']);
    expect(u.needs.map((n) => n.needId)).toEqual(['domestic-abuse']);
  });
  it('reads nothing for an ordinary search', () => {
    expect(understandQuery('he broke my tablet', urgent).needs).toEqual([]);
  });
});
