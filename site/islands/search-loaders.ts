/**
 * What the search island fetches and loads after the page starts, each once and shared by every search: the
 * machinery (search-runtime.ts), the engine, query understanding and the urgent-help trigger words and word model. A load that
 * fails is forgotten, so the next search tries again; until then search works with less (the words alone, no
 * panel for the words typed, while the page's general urgent-help block is always there).
 */
import type { EmbeddedIndexJson } from '../lib/search/embedded.ts';
import type { SearchEngine } from '../lib/search/engine.ts';
import type { SignpostModel } from '../lib/search/signpost-model.ts';
import type { PackedSignposts } from '../lib/search/signpost-pack.ts';
import type { Signposter } from '../lib/search/signposts.ts';
import type { UnderstandingPack } from '../lib/search/understand/pack.ts';
import type { UnderstandContext } from '../lib/search/understand/understand.ts';

type Runtime = typeof import('../lib/search-runtime.ts');

export interface SearchLoaders {
  runtime: () => Promise<Runtime>;
  engine: () => Promise<SearchEngine>;
  understanding: () => Promise<UnderstandContext>;
  /** The trigger words' matcher, or undefined when they could not be fetched (tried again next time). */
  signposter: () => Promise<Signposter | undefined>;
  /** The matcher if it has already loaded: a panel can then show before the engine answers. */
  loadedSignposter: () => Signposter | undefined;
}

export function searchLoaders(deployment: { meiliUrl?: string | undefined; searchKey?: string | undefined }): SearchLoaders {
  let runtime: Promise<Runtime> | undefined;
  let engine: SearchEngine | undefined;
  let understanding: Promise<UnderstandContext> | undefined;
  let signposting: Promise<Signposter | undefined> | undefined;
  let signposter: Signposter | undefined;

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

  const getSignposter = () => {
    signposting ??= Promise.all([
      getRuntime(),
      fetch('/search-signposts.json').then((res) => {
        if (!res.ok) throw new Error(`search-signposts.json: ${res.status}`);
        return res.json() as Promise<PackedSignposts>;
      }),
      // The word model reads beside the lists (null when the directory has none). Without it the lists work
      // alone until the page is loaded again: they find most danger, and recompiling them on every search would
      // slow each panel down.
      fetch('/search-signposts-model.json')
        .then((res) => (res.ok ? (res.json() as Promise<SignpostModel | null>) : null))
        .catch(() => null),
    ])
      .then(
        ([r, packed, model]) =>
          (signposter = r.withModel(r.compileSignposts(r.unpackSignposts(packed)), model ? r.readSignpostModel(model) : undefined)),
      )
      .catch(() => {
        // The general urgent-help block is on the page whatever happens; try again on the next search.
        signposting = undefined;
        return undefined;
      });
    return signposting;
  };

  return { runtime: getRuntime, engine: getEngine, understanding: getUnderstanding, signposter: getSignposter, loadedSignposter: () => signposter };
}
