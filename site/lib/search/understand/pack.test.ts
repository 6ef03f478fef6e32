import { describe, expect, it } from 'vitest';
import { buildUnderstandingPack, loadUnderstanding } from './pack.ts';
import { understandQuery } from './understand.ts';

describe('buildUnderstandingPack: places', () => {
  const pack = buildUnderstandingPack({
    needPhrases: { 'money-benefits': ['food bank'] },
    localities: [
      {
        id: 'east',
        name: 'East',
        description: 'Thorne, Moorends and Hatfield',
        wards: [{ name: 'Thorne & Moorends' }],
        places: ['Dunscroft', 'Hatfield Woodhouse'],
      },
      { id: 'central', name: 'Central', description: 'Doncaster town centre', wards: [{ name: 'Town' }] },
    ],
    hubs: [{ name: 'Moorends Family Hub', locality: 'east' }],
    areaName: 'Doncaster',
    areaNicknames: ['Donny'],
    texts: [],
  });

  it('reads wards, the description, hubs and the listed villages as their locality', () => {
    expect(pack.places.map((p) => `${p.label}:${p.locality}`)).toEqual([
      'Dunscroft:east',
      'Hatfield:east',
      'Hatfield Woodhouse:east',
      'Moorends:east',
      'Thorne:east',
    ]);
  });

  it("drops the area's name and its nicknames, which narrow nothing", () => {
    const ctx = loadUnderstanding(pack);
    expect(understandQuery('food bank in donny', ctx)).toMatchObject({ text: 'food bank' });
    expect(understandQuery('food bank doncaster', ctx)).toMatchObject({ text: 'food bank' });
    expect(understandQuery('food bank in donny', ctx).place).toBeUndefined();
  });
  it('reads a listed village out of a search, the longest name first', () => {
    const ctx = loadUnderstanding(pack);
    expect(understandQuery('food bank in dunscroft', ctx)).toMatchObject({ place: { locality: 'east', label: 'Dunscroft' }, text: 'food bank' });
    expect(understandQuery('toddler group hatfield woodhouse', ctx).place).toMatchObject({ label: 'Hatfield Woodhouse' });
  });
});
