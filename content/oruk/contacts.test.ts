import { describe, expect, it } from 'vitest';
import { normaliseEmail, normaliseUrl } from './contacts.ts';

describe('web and email addresses as feeds write them', () => {
  it.each([
    ['www.example.org', 'https://www.example.org'],
    ['example.org/page', 'https://example.org/page'],
    ['http:www.example.org/a', 'https://www.example.org/a'],
    ['https:/example.org', 'https://example.org'],
    ['http//example.org', 'https://example.org'],
    ['(https://example.org/x).', 'https://example.org/x'],
  ])('repairs %s as %s, with a note', (given, url) => {
    const n = normaliseUrl(given);
    expect(n.url).toBe(url);
    expect(n.note).toContain(`"${given}"`);
  });

  it('keeps a good address as it is, with no note', () => {
    expect(normaliseUrl('http://example.org/a?b=c')).toEqual({ url: 'http://example.org/a?b=c' });
  });

  it.each(['javascript:alert(1)', 'ftp://example.org', 'not a web address', 'data:text/html,x'])('leaves out %s, saying why', (given) => {
    const n = normaliseUrl(given);
    expect(n.url).toBeUndefined();
    expect(n.note).toMatch(/left out/);
  });

  it('trims punctuation and mailto: from emails, with a note', () => {
    expect(normaliseEmail('hello@example.org.')).toEqual({ email: 'hello@example.org', note: expect.stringContaining('"hello@example.org."') });
    expect(normaliseEmail('mailto:hello@example.org')).toMatchObject({ email: 'hello@example.org' });
    expect(normaliseEmail('<hello@example.org>;')).toMatchObject({ email: 'hello@example.org' });
    expect(normaliseEmail('hello@example.org')).toEqual({ email: 'hello@example.org' });
  });

  it('refuses emails that would add recipients or are not addresses', () => {
    for (const bad of ['hello?bcc=someone@elsewhere.example.com', 'a@b.org&subject=x', 'not an email', 'two words@example.org']) {
      expect(normaliseEmail(bad).email).toBeUndefined();
    }
    expect(normaliseEmail(42)).toEqual({});
  });
});

describe('HTML-encoded addresses', () => {
  it('reads an address as what its entities stand for', () => {
    expect(normaliseUrl('https://example.org/?a=1&amp;b=2').url).toBe('https://example.org/?a=1&b=2');
    expect(normaliseEmail('hello&#64;example.org').email).toBe('hello@example.org');
    expect(normaliseUrl('<b>www.example.org</b>&amp;').note).not.toMatch(/[<>]|&amp;/);
  });
});

describe('addresses as people type them', () => {
  it('keeps the first of several addresses, and encodes spaces in a path', () => {
    expect(normaliseUrl('www.example.org or www.example.com')).toMatchObject({
      url: 'https://www.example.org',
      note: expect.stringContaining('more than one'),
    });
    expect(normaliseUrl('https://example.org/our services').url).toBe('https://example.org/our%20services');
  });
});

describe('placeholders', () => {
  it('reads "n/a", "none" and "-" as no address, with no note', () => {
    for (const p of ['n/a', 'N/A', 'none', '-', 'TBC']) {
      expect(normaliseUrl(p)).toEqual({});
      expect(normaliseEmail(p)).toEqual({});
    }
  });
});

describe('several emails in one field', () => {
  it('keeps the first, and says so', () => {
    expect(normaliseEmail('a@example.org / b@example.org')).toMatchObject({ email: 'a@example.org', note: expect.stringContaining('more than one') });
    expect(normaliseEmail('a@example.org; b@example.org.')).toMatchObject({ email: 'a@example.org' });
    expect(normaliseEmail('hello?bcc=x@example.org').email).toBeUndefined();
  });
});
