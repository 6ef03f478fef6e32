import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { listingSchema, needSchema, hubSchema, localitySchema } from '../content/schema/index.ts';
import { getDirectory } from './lib/directory.ts';

/**
 * One schema feeds Astro, the indexer and the validator: each collection's schema is the zod schema in
 * content/schema, and its loader is content/lib's loadDirectory (via getDirectory), which throws the
 * validator's own report when a listing has errors, so the build fails with the same message.
 */
function directoryLoader(name: string, entries: () => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `fis-${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of entries()) {
        const data = await parseData({ id: entry.id, data: entry.data });
        store.set({ id: entry.id, data });
      }
    },
  };
}

const listings = defineCollection({
  loader: directoryLoader('listings', () => getDirectory().listings.map((l) => ({ id: l.id, data: { ...l.listing } }))),
  schema: listingSchema,
});

const needs = defineCollection({
  loader: directoryLoader('needs', () => getDirectory().vocab.needs.map((n) => ({ id: n.id, data: { ...n } }))),
  schema: needSchema,
});

const localities = defineCollection({
  loader: directoryLoader('localities', () => getDirectory().vocab.localities.map((l) => ({ id: l.id, data: { ...l } }))),
  schema: localitySchema,
});

const hubs = defineCollection({
  loader: directoryLoader('hubs', () => getDirectory().vocab.hubs.map((h) => ({ id: h.id, data: { ...h } }))),
  schema: hubSchema,
});

export const collections = { listings, needs, localities, hubs };
