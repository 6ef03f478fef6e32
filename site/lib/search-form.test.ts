import { describe, expect, it } from 'vitest';
import { activeFilters, emptyForm, formFromParams, paramsFromForm, type FilterLabels } from './search-form.ts';

const labels: FilterLabels = {
  need: (id) => `need ${id}`, access: (id) => `access ${id}`, delivery: (id) => `delivery ${id}`, locality: (id) => `locality ${id}`,
  level: (id) => `level ${id}`, language: (id) => `language ${id}`, day: (id) => `day ${id}`, age: (a) => `age ${a}`,
  send: 'SEND', free: 'Free', hubs: 'Hubs', radius: (m) => `within ${m}`, q: (q) => `"${q}"`,
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
