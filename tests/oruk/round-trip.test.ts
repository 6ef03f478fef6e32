import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../content/lib/cross-checks.ts';
import { loadDirectory, type LoadedListing } from '../../content/lib/load-directory.ts';
import { listingSchema } from '../../content/schema/index.ts';
import { valueLabels } from '../../site/lib/value-labels.ts';
import { buildOrukApi } from '../../content/oruk/api.ts';
import { importFeed } from '../../content/oruk/import-feed.ts';
import { orukId } from '../../content/oruk/stable-uuid.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const dfe = JSON.parse(readFileSync(join(CONTENT, 'data/dfe-service-categories.json'), 'utf8'));

/** The fields ORUK 3.0 (with the HSDS 3.0 extras we publish) can carry, as our listing has them. */
function carried(l: LoadedListing['listing']) {
  return {
    name: l.name,
    organization: l.organization,
    description: l.description,
    needs: l.needs,
    eligibility_description: l.eligibility_description,
    minimum_age: l.minimum_age,
    maximum_age: l.maximum_age,
    level_of_need: l.level_of_need,
    access_routes: [...l.access_routes].sort(),
    application_process: l.application_process,
    cost: l.cost,
    cost_options: l.cost_options,
    delivery: [...l.delivery].sort(),
    // Hidden addresses are never published, so they cannot come back.
    locations: l.locations.filter((v) => !v.hide_address),
    service_areas: l.service_areas,
    schedules: l.schedules,
    url: l.url,
    email: l.email,
    contacts: l.contacts,
    languages: l.languages,
    status: l.status,
    alert: l.alert,
    assured_date: l.assured_date,
  };
}

describe('ORUK round trip: export → import gives back the same listings', () => {
  const dir = loadDirectory({ contentDir: CONTENT, root: ROOT, paths: [join(CONTENT, 'listings'), join(ROOT, 'tests/fixtures/oruk/listings')] });
  const api = buildOrukApi({ council: dir.council, vocab: dir.vocab, dfe, listings: dir.listings, labels: valueLabels() });
  const feed = importFeed(
    api.filter((d) => d.kind === 'service' || d.kind === 'service-page').map((d) => ({ file: d.path, json: d.body })),
    { council: dir.council, vocab: dir.vocab, postcodes: dir.postcodes, today: '2026-11-26' },
  );
  const exported = dir.listings.filter((l) => l.review.state !== 'lapsed');

  it('imports every exported service once', () => {
    expect(feed.listings.length).toBe(exported.length);
    expect(exported.length).toBeGreaterThan(1);
  });

  it('brings back, field by field, everything ORUK can carry', () => {
    for (const original of exported) {
      const back = feed.listings.find((i) => i.sourceId === orukId(dir.council.id, 'service', original.id));
      expect(back, original.id).toBeDefined();
      // As the editor would: put back the hidden venues the feed could not carry, then read it as a listing.
      const hiddenVenues = original.listing.locations.filter((v) => v.hide_address);
      const parsed = listingSchema.parse({ ...back!.listing, locations: [...(back!.listing.locations ?? []), ...hiddenVenues] });
      const expected = carried(original.listing);
      const actual = carried({ ...parsed, minimum_age: parsed.minimum_age ?? -1, maximum_age: parsed.maximum_age ?? -1 });
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
        expect([original.id, key, actual[key]]).toEqual([original.id, key, expected[key]]);
      }
    }
  });

  it('gives listings that pass the validator, except where a hidden address must be filled in by a person', () => {
    for (const i of feed.listings) {
      const hidden = i.notes.some((n) => n.blocking && /no address/.test(n.message));
      // A listing whose only venues are hidden comes back without venues: a person must add them again.
      const becauseHidden = /no address|no venue could be imported/;
      const blocking = i.notes.filter((n) => n.blocking && !(hidden && becauseHidden.test(n.message)));
      expect([i.path, blocking]).toEqual([i.path, []]);
      const parsed = listingSchema.safeParse(i.listing);
      if (hidden) continue;
      expect([i.path, parsed.success ? [] : parsed.error.issues]).toEqual([i.path, []]);
      const findings = crossCheck(parsed.data!, { vocab: dir.vocab, postcodes: dir.postcodes, council: dir.council, today: '2026-11-26' });
      expect([i.path, findings.filter((f) => f.severity === 'error')]).toEqual([i.path, []]);
    }
  });
});
