import { describe, expect, it } from 'vitest';
import { emptyQuery, parseQuery, toSearchParams, type QueryContext } from './query.ts';

const ctx: QueryContext = {
  needIds: ['send', 'parenting', 'school-learning'],
  localityIds: ['north', 'south', 'east', 'central'],
  accessRouteIds: ['self-referral', 'professional-referral', 'drop-in', 'booking'],
  languageIds: ['en', 'pl', 'ur'],
  areaName: 'Doncaster',
  geocode: (text) =>
    text.toUpperCase().replace(/\s/g, '') === 'DN40TY'
      ? { ok: true, point: { lat: 53.5, lng: -1.15 }, label: 'DN4 0TY' }
      : { ok: false, message: `We cannot find the postcode ${text} in Doncaster.` },
  bounds: { south: 53.3, west: -1.4, north: 53.7, east: -0.8 },
};
const parse = (s: string) => parseQuery(new URLSearchParams(s), ctx);

describe('parseQuery', () => {
  it('gives the empty query for no parameters', () => {
    expect(parse('')).toEqual({ query: emptyQuery(), errors: [] });
  });

  it('reads every field', () => {
    const { query, errors } = parse(
      "q=won't+go+to+school&needs=send,parenting&age=12&send=1&locality=North&near=dn4+0ty&radius=5&sort=distance&free=1&access=drop-in&delivery=online&level=targeted&language=pl&day=sat&hubs=1&undo=age&undo=need:send,bogus&page=2&size=20",
    );
    expect(errors).toEqual([]);
    expect(query).toEqual({
      q: "won't go to school",
      needs: ['send', 'parenting'],
      ageMin: 12,
      ageMax: 12,
      send: true,
      locality: 'north',
      near: { lat: 53.5, lng: -1.15, label: 'DN4 0TY' },
      radius: 5,
      sort: 'distance',
      free: true,
      access: ['drop-in'],
      delivery: ['online'],
      level: 'targeted',
      language: 'pl',
      day: 'saturday',
      hubs: true,
      boostNeeds: [],
      undo: ['age', 'need:send'],
      page: 2,
      size: 20,
    });
  });

  it('takes repeated parameters as any-of, as checkboxes send them', () => {
    expect(parse('needs=send&needs=parenting&needs=send').query.needs).toEqual(['send', 'parenting']);
  });

  it('reads the weekend as a day to be open on, and keeps it in the URL', () => {
    expect(parse('day=weekend').query.day).toBe('weekend');
    expect(parse('day=wed').query.day).toBe('wednesday');
    expect(toSearchParams(parse('day=weekend').query).get('day')).toBe('weekend');
  });

  it('reads an age range and ages in months', () => {
    expect(parse('age_min=5&age_max=11').query).toMatchObject({ ageMin: 5, ageMax: 11 });
    expect(parse('age=6+months').query).toMatchObject({ ageMin: 0.5, ageMax: 0.5 });
  });

  it('explains bad parameters in plain English and leaves them out, never throwing', () => {
    const { query, errors } = parse('needs=sned&age=200&near=S1+2AB&radius=3&day=someday&size=500&free=maybe&sort=name');
    expect(query).toEqual(emptyQuery());
    const byParam = Object.fromEntries(errors.map((e) => [e.param, e.message]));
    expect(byParam.needs).toBe('"sned" is not a need we know. Did you mean "send"? Choose from: send, parenting, school-learning.');
    expect(byParam.age).toMatch(/^200 is older than anyone this directory is for/);
    expect(byParam.near).toBe('We cannot find the postcode S1 2AB in Doncaster.');
    expect(byParam.radius).toBe('Choose a distance of 1, 2, 5, 10, 20 miles.');
    expect(byParam.day).toMatch(/day of the week/);
    expect(byParam.size).toMatch(/between 1 and 50/);
    expect(byParam.free).toMatch(/should be 1 \(on\) or 0 \(off\)/);
    expect(byParam.sort).toMatch(/distance/);
  });

  it('refuses a point outside the borough and a radius or distance sort without a place', () => {
    expect(parse('near=51.5,-0.12').errors[0]?.message).toBe('That point is outside Doncaster. Give a postcode or a place in Doncaster.');
    expect(parse('radius=5').errors[0]?.message).toBe('Give a postcode to search within 5 miles of it.');
    expect(parse('sort=distance').errors[0]?.message).toBe('Give a postcode to sort by distance from it.');
    expect(parse('near=53.52,-1.13&radius=2').query.near).toEqual({ lat: 53.52, lng: -1.13, label: '53.52,-1.13' });
  });

  it('refuses an upside-down age range and a mix of age and range', () => {
    expect(parse('age_min=11&age_max=5').errors[0]?.message).toBe('The youngest age (11) is above the oldest age (5). Swap them round.');
    expect(parse('age=4&age_max=9')).toMatchObject({ query: { ageMin: 4, ageMax: 4 }, errors: [{ param: 'age' }] });
  });

  it('survives any input without throwing', () => {
    for (const s of ['age=-1', 'age=NaN', 'near=,', 'near=999,999', 'page=0', 'page=1.5', `q=${'x'.repeat(5000)}`, 'needs=,,,', '%%%']) {
      expect(() => parse(s)).not.toThrow();
    }
    expect(parse(`q=${'x'.repeat(5000)}`).query.q).toHaveLength(200);
  });
});

describe('sorting with a place', () => {
  it('puts the nearest first by default when there is a postcode, and best match when asked', () => {
    expect(parse('q=yoga&near=53.52,-1.13').query.sort).toBe('distance');
    expect(parse('q=yoga&near=53.52,-1.13&sort=relevance').query.sort).toBe('relevance');
    expect(parse('q=yoga').query.sort).toBe('relevance');
  });
});

describe('toSearchParams', () => {
  it('round-trips through the URL', () => {
    for (const s of [
      'q=baby&needs=send&needs=parenting&age=12&send=1&locality=north&near=DN4+0TY&radius=5&sort=distance&free=1&access=drop-in&delivery=online&level=targeted&language=pl&day=saturday&hubs=1&page=2&size=20',
      'age_min=5&age_max=11',
      'near=53.52%2C-1.13&sort=relevance',
      'near=53.52%2C-1.13&sort=distance',
      '',
    ]) {
      const { query } = parse(s);
      expect(toSearchParams(query).toString()).toBe(s);
      expect(parse(toSearchParams(query).toString()).query).toEqual(query);
    }
  });
});
