import { describe, expect, it } from 'vitest';
import { mailtoFor } from './mailto.ts';

describe('mailtoFor', () => {
  it('links a plain address', () => {
    expect(mailtoFor('hello@example.org')).toBe('mailto:hello@example.org');
    expect(mailtoFor(" o'brien+family@mail.example.org ")).toBe("mailto:o'brien+family@mail.example.org");
  });
  it('refuses anything that could add recipients or parameters', () => {
    for (const bad of [
      'hello?bcc=someone@elsewhere.example&subject=x@example.org',
      'a%3Fbcc=b@example.org',
      'a@example.org?cc=b@example.org',
      'a b@example.org',
      'a@example.org#x',
      '<a@example.org>',
      'a@b@example.org',
      undefined,
    ]) {
      expect(mailtoFor(bad), String(bad)).toBeUndefined();
    }
  });
});
