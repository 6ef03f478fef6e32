import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../lib/shortlist.ts';
import { forgetVisit } from './quick-exit.ts';

describe('leaving the site quickly', () => {
  it('empties the shortlist and the visit storage, and keeps anything else', () => {
    const local = new Map([
      [STORAGE_KEY, '["domestic-abuse-service/helpline"]'],
      ['other-site-key', 'x'],
    ]);
    let sessionCleared = false;
    forgetVisit({ removeItem: (k) => void local.delete(k) }, { clear: () => void (sessionCleared = true) });
    expect(local.has(STORAGE_KEY)).toBe(false);
    expect(local.get('other-site-key')).toBe('x');
    expect(sessionCleared).toBe(true);
  });

  it('still leaves when storage is blocked', () => {
    const blocked = () => {
      throw new Error('SecurityError');
    };
    expect(() => forgetVisit({ removeItem: blocked }, { clear: blocked })).not.toThrow();
    expect(() => forgetVisit(undefined, undefined)).not.toThrow();
  });
});
