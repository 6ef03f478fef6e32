import { describe, expect, it } from 'vitest';
import { oneEditApart } from './signpost-words.ts';

describe('oneEditApart', () => {
  it('is an edit distance of at most one: a letter changed, added or dropped anywhere', () => {
    expect(oneEditApart('suicidal', 'suicidal')).toBe(true);
    expect(oneEditApart('sucidal', 'suicidal')).toBe(true);
    expect(oneEditApart('suicidall', 'suicidal')).toBe(true);
    expect(oneEditApart('suicudal', 'suicidal')).toBe(true);
    expect(oneEditApart('xuicidal', 'suicidal')).toBe(true);
  });
  it('is false for two slips, a swap (two changes) or lengths two apart', () => {
    expect(oneEditApart('sucidl', 'suicidal')).toBe(false);
    expect(oneEditApart('siucidal', 'suicidal')).toBe(false);
    expect(oneEditApart('suicidalxx', 'suicidal')).toBe(false);
    expect(oneEditApart('strangled', 'strangler')).toBe(true);
    expect(oneEditApart('strangled', 'strangers')).toBe(false);
  });
});
