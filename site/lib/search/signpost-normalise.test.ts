import { describe, expect, it } from 'vitest';
import { normaliseForSignposts } from './signpost-normalise.ts';

describe('normaliseForSignposts', () => {
  it('drops apostrophes, joins negations and lowers case', () => {
    expect(normaliseForSignposts("I DON'T want to LIVE")).toBe('i dont want to live');
    expect(normaliseForSignposts('I do not want to live')).toBe('i dont want to live');
    expect(normaliseForSignposts('self-harm… help!!')).toBe('self harm help');
    expect(normaliseForSignposts('He didn’t come home')).toBe('he didnt come home');
    expect(normaliseForSignposts('my 13yo, 14yrs')).toBe('my 13 yo 14 yrs');
    expect(normaliseForSignposts('out 2nite')).toBe('out 2nite');
    expect(normaliseForSignposts('sis not bk from skl since yday')).toBe('sis not back from school since yesterday');
    expect(normaliseForSignposts('i want 2 die cuz sum1 hurt me n my mum')).toBe('i want to die because someone hurt me and my mum');
    // A 2 before a word no number comes before is "to"; before a number word or "year old" it stays a number.
    expect(normaliseForSignposts('he told me not 2 tell any1 wat he did 2 me')).toBe('he told me not to tell anyone what he did to me');
    expect(normaliseForSignposts('hlp they want me 2 go bak home 2 get married')).toBe('help they want me to go back home to get married');
    expect(normaliseForSignposts('my 2 kids and my 2 year old')).toBe('my 2 kids and my 2 year old');
    expect(normaliseForSignposts('mi dad sed im marryin my cuzin nxt year')).toBe('my dad said im marrying my cousin next year');
    expect(normaliseForSignposts('my bf makes me do stuff wiv his m8s')).toBe('my bf makes me do stuff with his mates');
    expect(normaliseForSignposts('my 2 year old')).toBe('my 2 year old');
    expect(normaliseForSignposts('thinkin bout endin it agen')).toBe('thinking about ending it again');
    expect(normaliseForSignposts('no1 wud miss me if i was dyin')).toBe('no one would miss me if i was dying');
    expect(normaliseForSignposts('dd nt home, sons gone missin')).toBe('dd not home sons gone missing');
    expect(normaliseForSignposts('took 2 many pills, wanna b dead 4ever')).toBe('took too many pills wanna be dead forever');
    expect(normaliseForSignposts('sum old man keeps msging mi sister')).toBe('some old man keeps messaging my sister');
    expect(normaliseForSignposts('he got my pix n sed he will send them 2 evry1')).toBe('he got my pics and said he will send them to everyone');
    expect(normaliseForSignposts('i hav to feed my lil brothers')).toBe('i have to feed my lil brothers');
    expect(normaliseForSignposts('wanna b ded cus of him')).toBe('wanna be dead because of him');
    // Not every b or 2 is text-speak: the morning-after pill, a bed and breakfast for a number of nights.
    expect(normaliseForSignposts('plan b at 13')).toBe('plan b at 13');
    expect(normaliseForSignposts('b and b for 2 nights')).toBe('b and b for 2 nights');
  });
});
