import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACCESS_ROUTES } from './values.ts';

describe('fixed value lists', () => {
  it('ACCESS_ROUTES lists exactly the ids of content/vocabularies/access-routes.yaml, in order', () => {
    const file = join(import.meta.dirname, '../vocabularies/access-routes.yaml');
    const yaml = parse(readFileSync(file, 'utf8')) as { access_routes: { id: string }[] };
    expect(yaml.access_routes.map((r) => r.id)).toEqual([...ACCESS_ROUTES]);
  });
});
