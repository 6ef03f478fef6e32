/**
 * Fetching and building the urgent-help matcher as the search page does, in its Web Worker (signpost-worker.ts) or,
 * where there are no workers, on the main thread through search-runtime.ts; the bench times the same build.
 */
import type { SignpostModel } from './signpost-model.ts';
import { readSignpostModel, withModel } from './signpost-model.ts';
import { type PackedSignposts, unpackSignposts } from './signpost-pack.ts';
import { compileSignposts, type Signposter } from './signposts.ts';

/**
 * Fetches the packed trigger words and the word model (search-signposts*.json, written by the build) and builds the
 * matcher. Without the model the lists work alone: they find most danger.
 */
export async function fetchSignposter(fetcher: typeof fetch = fetch): Promise<Signposter> {
  const [packed, model] = await Promise.all([
    fetcher('/search-signposts.json').then((res) => {
      if (!res.ok) throw new Error(`search-signposts.json: ${res.status}`);
      return res.json() as Promise<PackedSignposts>;
    }),
    fetcher('/search-signposts-model.json')
      .then((res) => (res.ok ? (res.json() as Promise<SignpostModel | null>) : null))
      .catch(() => null),
  ]);
  return buildSignposter(packed, model);
}

/** The matcher from the packed words and the model as the site serves them (null: the lists alone). */
export function buildSignposter(packed: PackedSignposts, model: SignpostModel | null): Signposter {
  return withModel(compileSignposts(unpackSignposts(packed)), model ? readSignpostModel(model) : undefined);
}
