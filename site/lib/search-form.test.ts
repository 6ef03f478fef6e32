import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  emptyForm,
  formFromParams,
  languageFromText,
  paramsFromForm,
  searchTitle,
  withLanguageFromText,
  type FilterLabels,
} from './search-form.ts';

const labels: FilterLabels = {
  need: (id) => `need ${id}`,
  access: (id) => `access ${id}`,
  delivery: (id) => `delivery ${id}`,
  locality: (id) => `locality ${id}`,
  level: (id) => `level ${id}`,
  language: (id) => `language ${id}`,
  day: (id) => `day ${id}`,
  age: (a) => `age ${a}`,
  send: 'SEND',
  free: 'Free',
  hubs: 'Hubs',
  radius: (m) => `within ${m}`,
  q: (q) => `"${q}"`,
};

describe('search form state', () => {
  it('round-trips through the URL in a fixed order', () => {
    const params = new URLSearchParams('free=1&needs=send,parenting&q=autism&age=7&near=DN4 0TY&radius=5&sort=distance&day=monday');
    const form = formFromParams(params);
    expect(form.needs).toEqual(['send', 'parenting']);
    expect(form.free).toBe(true);
    expect(paramsFromForm(form).toString()).toBe('q=autism&needs=send&needs=parenting&age=7&near=DN4+0TY&radius=5&sort=distance&free=1&day=monday');
  });

  it('drops radius and sort when there is no postcode, and page 1', () => {
    expect(paramsFromForm({ ...emptyForm(), radius: '5', sort: 'distance', page: '1' }).toString()).toBe('');
  });

  it('lists each choice with the form that drops only that choice', () => {
    const form = { ...emptyForm(), q: 'autism', needs: ['send', 'parenting'], free: true, page: '3' };
    const active = activeFilters(form, labels);
    expect(active.map((a) => a.label)).toEqual(['"autism"', 'need send', 'need parenting', 'Free']);
    const withoutFree = active.find((a) => a.key === 'free')!.without;
    expect(withoutFree).toEqual({ ...form, free: false, page: '' });
    expect(active.find((a) => a.key === 'needs:send')!.without.needs).toEqual(['parenting']);
  });
});

describe('a language named in the search box', () => {
  const languages = [
    { id: 'en', label: 'English' },
    { id: 'pl', label: 'Polish', native: 'Polski' },
    { id: 'ro', label: 'Romanian', native: 'Română' },
    { id: 'bfi', label: 'British Sign Language' },
    { id: 'ur', label: 'Urdu', native: 'اردو' },
  ];
  it('becomes the language filter, in English or in its own name', () => {
    expect(languageFromText('Polish', languages)).toEqual({ language: 'pl', rest: '' });
    expect(languageFromText('polski', languages)).toEqual({ language: 'pl', rest: '' });
    expect(languageFromText('romana', languages)).toEqual({ language: 'ro', rest: '' });
    expect(languageFromText('Polish-speaking health visitor', languages)).toEqual({ language: 'pl', rest: 'health visitor' });
    expect(languageFromText('parenting course in Urdu', languages)).toEqual({ language: 'ur', rest: 'parenting course' });
    expect(languageFromText('اردو', languages)).toEqual({ language: 'ur', rest: '' });
    expect(languageFromText('british sign language classes', languages)).toEqual({ language: 'bfi', rest: 'classes' });
  });
  it('leaves English, and words that only contain a name, as words', () => {
    expect(languageFromText('English classes', languages)).toBeUndefined();
    expect(languageFromText('polishing', languages)).toBeUndefined();
    expect(languageFromText('autism', languages)).toBeUndefined();
  });
  it('does not replace a language already chosen', () => {
    const form = { ...emptyForm(), q: 'Polish', language: 'ro' };
    expect(withLanguageFromText(form, languages)).toBe(form);
    expect(withLanguageFromText({ ...emptyForm(), q: 'Polish group' }, languages)).toMatchObject({ q: 'group', language: 'pl' });
  });
});

describe('the search page title', () => {
  const base = { base: 'Find help - Doncaster FIS', count: (n: number) => `${n} services found`, near: '', page: 1, totalPages: 1, hasErrors: false };
  it('says what was searched for, and the page', () => {
    expect(searchTitle({ ...base, q: 'autism', near: 'DN4 0TY', total: 12, page: 2, totalPages: 2 })).toBe(
      '12 services found for "autism" near DN4 0TY, page 2 of 2 - Find help - Doncaster FIS',
    );
    expect(searchTitle({ ...base, q: '', total: undefined })).toBe('Find help - Doncaster FIS');
  });
  it('starts with "Error:" when the form has a problem', () => {
    expect(searchTitle({ ...base, q: 'yoga', near: 'Narnia', total: 3, hasErrors: true })).toBe(
      'Error: 3 services found for "yoga" near Narnia - Find help - Doncaster FIS',
    );
  });
});
