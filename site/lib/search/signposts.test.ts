import { describe, expect, it } from 'vitest';
import { droppedG, unstretched } from './signpost-normalise.ts';
import { answeredSignposter, compileSignposts, type SignpostTriggers, urgentNeeds } from './signposts.ts';

// A tiny vocabulary of its own, so these tests pin the matcher's rules, not the council's word lists.
const triggers: SignpostTriggers = {
  sets: { partner: ['husband', 'partner', 'boyfriend'], violence: ['hit*', 'beat*', 'strangl*'] },
  notTypos: [],
  topics: [
    { id: 'suicide-self-harm', triggers: { phrases: ['suicid*', 'want to die', 'dont want to live'], combinations: [] } },
    {
      id: 'domestic-abuse',
      triggers: { phrases: ['domestic abuse'], combinations: [{ all: ['$partner', '$violence'], except: ['gym'] }] },
    },
    { id: 'homeless-tonight', triggers: { phrases: [], combinations: [{ all: [['kicked out']], except: ['school'] }] } },
  ],
};
const s = compileSignposts(triggers);

describe('compileSignposts', () => {
  it('finds phrases as whole words, with word endings after a *', () => {
    expect(s.match('suicidal thoughts')).toEqual(['suicide-self-harm']);
    expect(s.match('I want to die')).toEqual(['suicide-self-harm']);
    expect(s.match('i do not want to live')).toEqual(['suicide-self-harm']);
    expect(s.match('want to diet')).toEqual([]);
  });

  it('needs one word from each slot of a combination, in any order', () => {
    expect(s.match('my husband hits me')).toEqual(['domestic-abuse']);
    expect(s.match('beaten by my boyfriend')).toEqual(['domestic-abuse']);
    expect(s.match('my husband')).toEqual([]);
    expect(s.match('hit the gym with my partner')).toEqual([]);
  });

  it('ignores negation on purpose: a panel shown in doubt is the safe mistake', () => {
    expect(s.match("my partner doesn't hit me any more")).toEqual(['domestic-abuse']);
  });

  it('reads a listed word with -s or -es on the end, but not -ed or -ing', () => {
    const t = compileSignposts({
      sets: {},
      notTypos: [],
      topics: [{ id: 'missing-child', triggers: { phrases: ['missing child', 'threaten me'], combinations: [] } }],
    });
    expect(t.match('missing childs')).toEqual(['missing-child']);
    expect(t.match('he threatens me')).toEqual(['missing-child']);
    expect(t.match('he threatened me')).toEqual([]);
    expect(t.match('missing childhood')).toEqual([]);
  });

  it('reads a word of 5 letters or more ending in -in as the -ing word too, for its triggers and its except words', () => {
    const t = compileSignposts({
      sets: {},
      notTypos: [],
      topics: [
        { id: 'suicide-self-harm', triggers: { phrases: ['starving myself'], combinations: [] } },
        { id: 'domestic-abuse', triggers: { phrases: [], combinations: [{ all: [['stalking'], ['me']], except: ['training'] }] } },
      ],
    });
    expect(t.match('been starvin myself for weeks')).toEqual(['suicide-self-harm']);
    expect(t.match('my ex keeps stalkin me')).toEqual(['domestic-abuse']);
    expect(t.match('stalkin me on strava after my trainin')).toEqual([]);
    // Real -in words gain only a form no list holds; short ones are left alone ("thin" is not "thing").
    expect(t.match('my cousin keeps stalking me')).toEqual(['domestic-abuse']);
    expect(droppedG('begin')).toBe(true);
    expect(droppedG('thin')).toBe(false);
  });

  it('reads a letter held down on a phone as one letter or two, for triggers and except words alike', () => {
    const t = compileSignposts({
      sets: { carer: ['dad', 'mum'] },
      notTypos: [],
      topics: [
        { id: 'suicide-self-harm', triggers: { phrases: ['want to die'], combinations: [] } },
        { id: 'child-at-risk', triggers: { phrases: [], combinations: [{ all: ['$carer', ['hits', 'kicks'], ['me']], except: ['football'] }] } },
        { id: 'homeless-tonight', triggers: { phrases: ['kicked out'], combinations: [] } },
      ],
    });
    expect(t.match('i want to dieeeee')).toEqual(['suicide-self-harm']);
    expect(t.match('my daaaad hiiits meeee')).toEqual(['child-at-risk']);
    expect(t.match('mum kicksss me')).toEqual(['child-at-risk']);
    // Two of a letter where the word has two ("kicked", "football"): read as two.
    expect(t.match('been kickkked outtt')).toEqual(['homeless-tonight']);
    expect(t.match('dad kicks me the ball at fooootball')).toEqual([]);
    // An ordinary word, or one with two of a letter, is left alone.
    expect(unstretched('kicked')).toEqual([]);
    expect(unstretched('soooo')).toEqual(['so', 'soo']);
    expect(unstretched('sooo')).toEqual(['so', 'soo']);
  });

  it('adds only -s to a word ending in e: "refuges" is a refuge, "refugees" are not', () => {
    const t = compileSignposts({
      sets: {},
      notTypos: [],
      topics: [{ id: 'domestic-abuse', triggers: { phrases: ['refuge', 'watch me'], combinations: [] } }],
    });
    expect(t.match('refuges near me')).toEqual(['domestic-abuse']);
    expect(t.match('we are refugees')).toEqual([]);
    expect(t.match('he watches me')).toEqual(['domestic-abuse']);
  });

  it('reads a real word listed as not a typo only as written: "setting" is not "sexting", "messing" is not "missing"', () => {
    const topics: SignpostTriggers['topics'] = [
      { id: 'sexual-abuse-exploitation', triggers: { phrases: ['sexting'], combinations: [] } },
      { id: 'domestic-abuse', triggers: { phrases: ['strangl*'], combinations: [] } },
      { id: 'missing-child', triggers: { phrases: ['son missing'], combinations: [] } },
    ];
    const loose = compileSignposts({ sets: {}, notTypos: [], topics });
    const guarded = compileSignposts({ sets: {}, notTypos: ['setting', 'messing', 'stranger'], topics });
    expect(loose.match('setting boundaries')).toEqual(['sexual-abuse-exploitation']);
    expect(guarded.match('setting boundaries')).toEqual([]);
    expect(guarded.match('son messing about')).toEqual([]);
    expect(loose.match('stranger danger')).toEqual(['domestic-abuse']);
    expect(guarded.match('stranger danger')).toEqual([]); // not a slip in a word's start either
    // Slips of other words, and the trigger words themselves, still match.
    expect(guarded.match('sextting')).toEqual(['sexual-abuse-exploitation']);
    expect(guarded.match('son mising')).toEqual(['missing-child']);
    expect(guarded.match('sexting')).toEqual(['sexual-abuse-exploitation']);
    expect(guarded.match('he strangeled me')).toEqual(['domestic-abuse']);
  });

  it('forgives two letters swapped in a word of 5 or more, and a doubled letter typed once in a word of 5 or more', () => {
    const t = compileSignposts({
      sets: {},
      notTypos: [],
      topics: [
        {
          id: 'missing-child',
          triggers: { phrases: ['daughter missing', 'stop hitting', 'not off', 'kidnap*', 'left home', 'his dose'], combinations: [] },
        },
      ],
    });
    expect(t.match('daugther mising')).toEqual(['missing-child']);
    expect(t.match('lfet hmoe')).toEqual([]); // 4 letters: too short for a swap
    expect(t.match('his does')).toEqual([]); // "does" and "dose" are both words
    expect(t.match('daughter misisng')).toEqual(['missing-child']);
    expect(t.match('stop hiting')).toEqual(['missing-child']);
    expect(t.match('kidnaped')).toEqual(['missing-child']);
    expect(t.match('not of')).toEqual([]); // "off" is too short: "of" is another word
    expect(t.match('adughter missing')).toEqual([]); // the first letter stays put
  });

  it('forgives one slip in a long word, not in a short one', () => {
    expect(s.match('husband strangeled me')).toEqual(['domestic-abuse']);
    expect(s.match('sucidal')).toEqual([]); // the stem "suicid" is too short for a slip: list common misspellings instead
  });

  it('lets except words stop a combination', () => {
    expect(s.match('kicked out')).toEqual(['homeless-tonight']);
    expect(s.match('kicked out of school')).toEqual([]);
  });

  it('returns topics in the file order, and nothing for an empty search', () => {
    expect(s.match('suicidal since my partner beat me')).toEqual(['suicide-self-harm', 'domestic-abuse']);
    expect(s.match('   ')).toEqual([]);
  });
});

describe('urgentNeeds', () => {
  const needPages = new Map([
    ['suicide-self-harm', ['child-mental-health']],
    ['domestic-abuse', ['domestic-abuse', 'staying-safe']],
    ['homeless-tonight', ['housing', 'staying-safe']],
  ] as const);
  const needs = urgentNeeds(s, needPages);
  it("gives the needs of the panels' pages, in the panels' order, each once", () => {
    expect(needs('my husband beats me and i want to die')).toEqual(['child-mental-health', 'domestic-abuse', 'staying-safe']);
    expect(needs('partner hit me and we got kicked out')).toEqual(['domestic-abuse', 'staying-safe', 'housing']);
  });
  it('gives none for an ordinary search', () => {
    expect(needs('husband and wife dance class')).toEqual([]);
  });
});

describe('except lists that name a word set', () => {
  const guarded = compileSignposts({
    sets: { partner: ['husband', 'partner'], violence: ['hit*'], 'sport-words': ['boxing', 'pads', 'sparring'] },
    notTypos: [],
    topics: [
      { id: 'domestic-abuse', triggers: { phrases: [], combinations: [{ all: ['$partner', '$violence'], except: ['$sport-words', 'gym'] }] } },
    ],
  });
  it("stay quiet on any of the set's words, and on their own", () => {
    expect(guarded.match('my husband hits me')).toEqual(['domestic-abuse']);
    expect(guarded.match('husband hits the pads at boxing')).toEqual([]);
    expect(guarded.match('partner hitting the gym')).toEqual([]);
  });
});

describe('except words', () => {
  // One topic with one combination: what each case needs of the lists.
  const oneCombination = (id: SignpostTriggers['topics'][number]['id'], all: string[][], except: string[]) =>
    compileSignposts({ sets: {}, notTypos: [], topics: [{ id, triggers: { phrases: [], combinations: [{ all, except }] } }] });
  const honour = oneCombination('forced-marriage-fgm', [['honour'], ['family', 'brothers']], ['honours', 'graduation ceremony']);
  it('stop a combination as typed, with -s and -es, but never as a typing slip', () => {
    // "honour" is one slip from the except word "honours": a slip reads towards danger, never away from it.
    expect(honour.match('my brothers say i brought shame on the family honour')).toEqual(['forced-marriage-fgm']);
    expect(honour.match('family celebrating his honours degree')).toEqual([]);
    expect(honour.stopped?.('family celebrating his honours degree')).toEqual(['forced-marriage-fgm']);
    expect(honour.match('family honour at the graduation ceremonys')).toEqual([]);
    expect(honour.match('family honour at the graduaton ceremony')).toEqual(['forced-marriage-fgm']);
  });

  const lifts = oneCombination(
    'sexual-abuse-exploitation',
    [
      ['older lads', 'hid'],
      ['lifts', 'phone'],
    ],
    ['mat', 'box'],
  );
  it('take -es only where English adds it, while the trigger words keep the loose reading', () => {
    // "mates" is not a mat: the except word must not hide the danger told beside it.
    expect(lifts.match('older lads giving my son and his mates lifts')).toEqual(['sexual-abuse-exploitation']);
    expect(lifts.match('older lads give lifts to the mats at the gym')).toEqual([]);
    expect(lifts.match('older lads left boxes of phones at ours')).toEqual([]);
    // A trigger word still reads a near form: "hides" for "hid".
    expect(lifts.match('she hides her phone when they ring')).toEqual(['sexual-abuse-exploitation']);
  });
});

describe('near: combinations the lists nearly show', () => {
  const lists = compileSignposts({
    sets: { older: ['older men', 'older man', 'grown men'] },
    notTypos: [],
    topics: [
      {
        id: 'sexual-abuse-exploitation',
        triggers: {
          phrases: [],
          combinations: [
            { all: [['my sister', 'my daughter'], '$older', ['flat', 'house', 'car']], except: ['uncle'] },
            { all: [['nudes'], ['asking for', 'sent']], except: [] },
          ],
        },
      },
    ],
  });
  it('gives the topic of a combination of three slots or more with a word from every slot but one', () => {
    expect(lists.match('my sister goes to a flat with older men')).toEqual(['sexual-abuse-exploitation']);
    expect(lists.near?.('my sister goes to a flat with older men')).toEqual([]); // shown, so not "near"
    expect(lists.near?.('my sister hangs around with older men')).toEqual(['sexual-abuse-exploitation']);
    expect(lists.near?.('my sister and her uncle are older men')).toEqual([]); // an except word
    expect(lists.near?.('my sister went to the house')).toEqual(['sexual-abuse-exploitation']);
    expect(lists.near?.('my sister')).toEqual([]); // two slots missing
  });
  it('not for a combination of two slots: one of two is too little to go on', () => {
    expect(lists.near?.('he keeps asking for pictures')).toEqual([]);
  });
});

describe('answeredSignposter', () => {
  it('gives the answers it was handed, to query understanding, and no panel for other words', () => {
    const answered = answeredSignposter(new Map([['my husband hits me', ['domestic-abuse'] as const]]));
    expect(answered.match('my husband hits me')).toEqual(['domestic-abuse']);
    expect(answered.match('drama club')).toEqual([]);
    const needs = urgentNeeds(answered, new Map([['domestic-abuse', ['domestic-abuse', 'staying-safe']]]));
    expect(needs('my husband hits me')).toEqual(['domestic-abuse', 'staying-safe']);
  });
});
