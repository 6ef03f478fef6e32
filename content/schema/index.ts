/** The one schema for content: Astro's collections, the indexer and the validator all import from here. */
export * from './primitives.ts';
export * from './values.ts';
export * from './schedule.ts';
export * from './location.ts';
export * from './contact.ts';
export * from './cost.ts';
export * from './listing.ts';
export * from './vocabulary.ts';
export * from './council.ts';
export * from './urgent-help.ts';
export * from './search-examples.ts';
