import { describe, expect, it } from 'vitest';
import { diffServices, stableJson } from './document-diff.ts';

const doc = (id: string, serviceId: string, extra: Record<string, unknown> = {}) => ({ id, serviceId, name: serviceId, ...extra });

describe('stableJson', () => {
  it('writes the same text whatever the key order', () => {
    expect(stableJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(stableJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });
  it('leaves out undefined fields, as JSON does', () => {
    expect(stableJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('diffServices', () => {
  it('finds new, changed, removed and unchanged services by serviceId and content', () => {
    const live = [doc('a-0', 'a'), doc('b-0', 'b'), doc('c-0', 'c')];
    const next = [doc('a-0', 'a'), doc('b-0', 'b', { summary: 'new words' }), doc('d-0', 'd')];
    expect(diffServices(next, live)).toEqual({ added: ['d'], changed: ['b'], removed: ['c'], unchanged: 1 });
  });

  it('treats a service with a venue added as changed, and ignores document order', () => {
    const live = [doc('a-0', 'a'), doc('a-1', 'a')];
    expect(diffServices([doc('a-1', 'a'), doc('a-0', 'a')], live).unchanged).toBe(1);
    expect(diffServices([...live, doc('a-2', 'a')], live).changed).toEqual(['a']);
  });

  it('reports everything as new when there is no live index', () => {
    expect(diffServices([doc('a-0', 'a')], [])).toEqual({ added: ['a'], changed: [], removed: [], unchanged: 0 });
  });
});
