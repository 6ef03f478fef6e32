/**
 * What the search island fetches and loads after the page starts, each once and shared by every search: the
 * machinery (search-runtime.ts), the engine, query understanding, and the urgent-help matcher (built in a Web
 * Worker, signpost-service.ts). A load that fails is forgotten, so the next search tries again; until then search
 * works with less (the words alone, no panel for the words typed, while the page's general urgent-help block is
 * always there).
 */
import type { EmbeddedIndexJson } from '../lib/search/embedded-index.ts';
import type { SearchEngine } from '../lib/search/engine.ts';
import type { UnderstandingPack } from '../lib/search/understand/pack.ts';
import type { UnderstandContext } from '../lib/search/understand/understand.ts';
import { type AskSignposts, askThrough, onceLoaded } from './signpost-service.ts';

type Runtime = typeof import('../lib/search-runtime.ts');

export interface SearchLoaders {
  runtime: () => Promise<Runtime>;
  engine: () => Promise<SearchEngine>;
  understanding: () => Promise<UnderstandContext>;
  /**
   * Which urgent-help panels a search's words show, from the matcher in its Web Worker (signpost-service.ts);
   * undefined when the trigger words could not be fetched (tried again on the next search).
   */
  signposts: AskSignposts;
}

export function searchLoaders(deployment: { meiliUrl?: string | undefined; searchKey?: string | undefined }): SearchLoaders {
  let runtime: Promise<Runtime> | undefined;
  let engine: SearchEngine | undefined;
  let understanding: Promise<UnderstandContext> | undefined;
  let signposts: AskSignposts | undefined;

  // The search machinery arrives after the page's own JavaScript (search-runtime.ts says why); every search
  // waits for it, and a failed load is tried again on the next search.
  const getRuntime = () => {
    runtime ??= import('../lib/search-runtime.ts').catch((e: unknown) => {
      runtime = undefined;
      throw e;
    });
    return runtime;
  };

  const getEngine = async () => {
    const r = await getRuntime();
    engine ??= r.chooseEngine(
      deployment,
      r.embeddedEngine(() =>
        fetch('/search-index.json')
          .then((res) => res.json() as Promise<EmbeddedIndexJson>)
          .then(r.loadEmbeddedIndex),
      ),
    );
    return engine;
  };

  // Loaded on the first search, whichever engine answers: the same understanding for both.
  const getUnderstanding = () => {
    understanding ??= Promise.all([getRuntime(), fetch('/search-understanding.json').then((res) => res.json() as Promise<UnderstandingPack>)])
      .then(([r, pack]) => r.loadUnderstanding(pack))
      .catch(async () => {
        // Search still works without it, just understanding less; try again on the next search.
        understanding = undefined;
        const r = await getRuntime();
        return r.loadUnderstanding({
          format: r.UNDERSTANDING_FORMAT,
          needPhrases: {},
          places: [],
          areaNames: [],
          forms: {},
          needGuess: { needs: [], examples: [], stems: {} },
        });
      });
    return understanding;
  };

  // Started as the island starts, so the worker fetches and builds while the family types. Where workers are
  // not available, the main thread builds the same matcher on the first search.
  const getSignposts = (): AskSignposts => {
    if (signposts) return signposts;
    const here = onceLoaded(async () => (await getRuntime()).fetchSignposter());
    try {
      const worker = new Worker(new URL('./signpost-worker.ts', import.meta.url), { type: 'module' });
      signposts = askThrough(worker, here);
    } catch {
      signposts = here;
    }
    return signposts;
  };

  return { runtime: getRuntime, engine: getEngine, understanding: getUnderstanding, signposts: (text) => getSignposts()(text) };
}
