import { describe, expect, it } from 'vitest';
import { addId, cleanIds, mailtoHref, parseIdsParam, readStored, removeId, STORAGE_KEY, toIdsParam, writeStored } from './shortlist.ts';

describe('shortlist', () => {
  it('keeps only well-formed, unique ids in order', () => {
    expect(cleanIds(['a/b', 'a/b', 'Bad Id', 3, '<x>', 'c/d-e'])).toEqual(['a/b', 'c/d-e']);
    expect(cleanIds(Array.from({ length: 40 }, (_, i) => `org/s${i}`))).toHaveLength(30);
  });

  it('round-trips through the ?ids= parameter', () => {
    const ids = ['home-start/visits', 'doncaster-family-hubs/stay-and-play-balby'];
    expect(parseIdsParam(toIdsParam(ids))).toEqual(ids);
    expect(parseIdsParam(null)).toEqual([]);
    expect(parseIdsParam('a/b, ,javascript:alert(1),c/d')).toEqual(['a/b', 'c/d']);
  });

  it('adds and removes', () => {
    expect(addId(['a/b'], 'c/d')).toEqual(['a/b', 'c/d']);
    expect(addId(['a/b'], 'a/b')).toEqual(['a/b']);
    expect(removeId(['a/b', 'c/d'], 'a/b')).toEqual(['c/d']);
  });

  it('survives broken or missing storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    writeStored(['a/b'], storage);
    expect(readStored(storage)).toEqual(['a/b']);
    store.set(STORAGE_KEY, '{not json');
    expect(readStored(storage)).toEqual([]);
    expect(readStored(undefined)).toEqual([]);
  });

  it('writes an email with names, phone numbers and links', () => {
    const href = mailtoHref(
      [{ id: 'a/b', name: 'Stay and Play', organization: 'Hubs', summary: 's', phone: '0114 496 0101' }],
      'https://fis.example.org/',
      'Services',
      'Here you are:',
    );
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(href.startsWith('mailto:?subject=Services&body=')).toBe(true);
    expect(body).toContain('Stay and Play\nPhone: 0114 496 0101\nhttps://fis.example.org/services/a/b/');
    expect(body).toContain('https://fis.example.org/shortlist/?ids=a/b');
  });
});
