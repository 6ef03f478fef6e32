import { describe, expect, it } from 'vitest';
import { samplePages, templateOf } from './pages.ts';

describe('sitemap sampling for the axe check', () => {
  it('groups pages by template', () => {
    expect(templateOf('/')).toBe('/');
    expect(templateOf('/about/')).toBe('/about/');
    expect(templateOf('/services/org/service/')).toBe('/services/*');
    expect(templateOf('/needs/send/')).toBe('/needs/*/');
    expect(templateOf('/needs/send/north/')).toBe('/needs/*/*/');
  });

  it('keeps one-off pages and samples big templates deterministically, first and last included', () => {
    const services = Array.from({ length: 100 }, (_, i) => `/services/org/s${String(i).padStart(3, '0')}/`);
    const sample = samplePages(['/', '/about/', ...services], 5);
    expect(sample.filter((s) => s.template !== '/services/*').map((s) => s.path)).toEqual(['/', '/about/']);
    const picked = sample.filter((s) => s.template === '/services/*').map((s) => s.path);
    expect(picked).toHaveLength(5);
    expect(picked[0]).toBe('/services/org/s000/');
    expect(picked[4]).toBe('/services/org/s099/');
    expect(samplePages(['/', '/about/', ...services], 5)).toEqual(sample);
  });
});
