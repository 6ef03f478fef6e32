import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readYaml } from './read-yaml.ts';

describe('readYaml', () => {
  it('reads files with a byte order mark and Windows line endings, and finds lines', () => {
    const parsed = readYaml('\uFEFFname: Café Cymraeg\r\nlocations:\r\n  - name: Neuadd\r\n    postal_code: DN4 0TY\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ name: 'Café Cymraeg', locations: [{ name: 'Neuadd', postal_code: 'DN4 0TY' }] });
    expect(parsed.lineOf(['locations', 0, 'postal_code'])).toBe(4);
    expect(parsed.lineOf(['locations', 3, 'name'])).toBe(3); // the list itself, as item 3 does not exist
  });
  it('reports YAML mistakes with their line instead of throwing', () => {
    const parsed = readYaml('name: A\nsummary: "unclosed\nneeds: [send\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ severity: 'error' });
    expect(parsed.problems[0]?.line).toBeGreaterThan(1);
  });
  it('refuses a huge file before parsing it', () => {
    const parsed = readYaml(`description: ${'x'.repeat(MAX_FILE_BYTES + 1)}`);
    expect(parsed.problems[0]?.message).toMatch(/over the 100 KB limit/);
  });
});
