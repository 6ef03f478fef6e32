/**
 * The search page's machinery, loaded after the page starts rather than with it: the embedded engine
 * (MiniSearch), query understanding (the stemmer, word classes, the lexicon compiler) and the urgent-help
 * matcher. A phone shows the form and the general urgent-help block as soon as the page's own JavaScript
 * has run; this module arrives alongside the data it works on (the index, the understanding pack, the trigger
 * words), which the page fetches at the same moment. Kept out of the up-front budget (bench/budgets.md).
 */
export { loadEmbeddedIndex } from './search/embedded-index.ts';
export { chooseEngine, embeddedEngine } from './search/engine.ts';
export { fetchSignposter } from './search/signpost-fetch.ts';
export { answeredSignposter, urgentNeeds } from './search/signposts.ts';
export { loadUnderstanding, UNDERSTANDING_FORMAT } from './search/understand/pack.ts';
export { searchUnderstood } from './search/understand/plan.ts';
export { describeFallback, describeUnderstanding } from './understood.ts';
