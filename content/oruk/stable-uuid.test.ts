import { describe, expect, it } from 'vitest';
import { orukId, uuidV5 } from './stable-uuid.ts';

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same id for the same key, and different ids for different kinds, keys or councils', () => {
    const a = orukId('doncaster', 'service', 'home-start/family-support');
    expect(orukId('doncaster', 'service', 'home-start/family-support')).toBe(a);
    expect(orukId('doncaster', 'location', 'home-start/family-support')).not.toBe(a);
    expect(orukId('doncaster', 'service', 'home-start/other')).not.toBe(a);
    expect(orukId('rotherham', 'service', 'home-start/family-support')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
