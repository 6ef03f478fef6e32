/**
 * The urgent-help matcher off the page's main thread. Building it from the trigger words (unpack, compile, read
 * the word model) takes 100 to 250 ms on a laptop and several times that on a cheap phone: done on the main thread
 * as the search page opens, it froze typing and scrolling for that long. signpost-worker.ts builds it in a Web
 * Worker instead, and the page asks it which panels a search shows, one message each way.
 *
 * Only types and message plumbing here, so the page's own bundle stays small: the matcher's code loads in the
 * worker (or, where there are no workers, with the search machinery, search-runtime.ts).
 *
 * Both ends speak through anything with postMessage and a message listener (the worker and its global scope, or a
 * MessageChannel's two ports in the unit tests), so the messages are tested without a browser.
 */
import type { UrgentTopicId } from '../../content/schema/urgent-help.ts';
import type { Signposter } from '../lib/search/signposts.ts';

/** One end of a message channel: a Worker, a worker's global scope, or a MessagePort. */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent) => void): void;
}

/** A search's words, numbered so that answers meet their questions. */
export interface SignpostAsk {
  id: number;
  text: string;
}
/** The topics whose panels the words show; null when the trigger words could not be loaded (asked again next time). */
export interface SignpostAnswer {
  id: number;
  topics: UrgentTopicId[] | null;
}

/** Which panels a search shows; undefined when the trigger words could not be loaded. */
export type AskSignposts = (text: string) => Promise<UrgentTopicId[] | undefined>;

/**
 * Loads the matcher once and shares it; a load that fails is forgotten, so the next ask tries again (a phone that
 * lost its signal for a moment still gets panels on its next search).
 */
export function onceLoaded(load: () => Promise<Signposter>): AskSignposts {
  let loading: Promise<Signposter | undefined> | undefined;
  return async (text) => {
    loading ??= load().catch(() => {
      loading = undefined;
      return undefined;
    });
    return (await loading)?.match(text);
  };
}

/** The worker's end: answers every ask with the topics, starting the load on the first. */
export function serveSignposts(port: Port, ask: AskSignposts): void {
  port.addEventListener('message', (event) => {
    const { id, text } = event.data as SignpostAsk;
    void ask(text).then((topics) => port.postMessage({ id, topics: topics ?? null } satisfies SignpostAnswer));
  });
}

/**
 * The page's end: each ask posts the words and resolves with the worker's answer. A worker that fails to start or
 * breaks (a host whose Content-Security-Policy forbids workers, a script that did not load) hands every ask, those
 * waiting and those to come, to `instead`: the matcher built on the main thread, slower to start but the same panels.
 */
export function askThrough(port: Port, instead: AskSignposts): AskSignposts {
  let next = 0;
  let broken = false;
  const waiting = new Map<number, { text: string; resolve: (topics: UrgentTopicId[] | undefined) => void }>();
  port.addEventListener('message', (event) => {
    const { id, topics } = event.data as SignpostAnswer;
    waiting.get(id)?.resolve(topics ?? undefined);
    waiting.delete(id);
  });
  port.addEventListener('error', () => {
    broken = true;
    for (const { text, resolve } of waiting.values()) void instead(text).then(resolve);
    waiting.clear();
  });
  return (text) => {
    if (broken) return instead(text);
    return new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, { text, resolve });
      port.postMessage({ id, text } satisfies SignpostAsk);
    });
  };
}
