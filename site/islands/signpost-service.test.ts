import { afterEach, describe, expect, it } from 'vitest';
import { compileSignposts, type SignpostTriggers } from '../lib/search/signposts.ts';
import { askThrough, onceLoaded, type Port, serveSignposts } from './signpost-service.ts';

// A tiny vocabulary of its own: these tests are about the messages, not the council's word lists.
const triggers: SignpostTriggers = {
  sets: {},
  notTypos: [],
  topics: [
    { id: 'suicide-self-harm', triggers: { phrases: ['want to die'], combinations: [] } },
    { id: 'domestic-abuse', triggers: { phrases: ['husband hits me'], combinations: [] } },
  ],
};

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** A worker and its page joined by a MessageChannel, as the browser joins a Worker and its global scope. */
function joined(load: () => Promise<ReturnType<typeof compileSignposts>>) {
  const channel = new MessageChannel();
  channels.push(channel);
  serveSignposts(channel.port2 as unknown as Port, onceLoaded(load));
  const ask = askThrough(channel.port1 as unknown as Port, onceLoaded(load));
  channel.port1.start();
  channel.port2.start();
  return { ask, page: channel.port1 };
}

describe('the urgent-help matcher in its worker', () => {
  it('answers each search with its own topics, even when asked several at once', async () => {
    const { ask } = joined(async () => compileSignposts(triggers));
    const answers = await Promise.all([ask('my husband hits me'), ask('drama club'), ask('i want to die')]);
    expect(answers).toEqual([['domestic-abuse'], [], ['suicide-self-harm']]);
  });

  it('builds the matcher once, however many searches ask', async () => {
    let builds = 0;
    const { ask } = joined(async () => {
      builds++;
      return compileSignposts(triggers);
    });
    await Promise.all([ask(''), ask('my husband hits me')]);
    await ask('i want to die');
    expect(builds).toBe(1);
  });

  it('answers "not loaded" when the words cannot be fetched, and tries again on the next search', async () => {
    let tries = 0;
    const { ask } = joined(async () => {
      tries++;
      if (tries === 1) throw new Error('offline');
      return compileSignposts(triggers);
    });
    expect(await ask('my husband hits me')).toBeUndefined();
    expect(await ask('my husband hits me')).toEqual(['domestic-abuse']);
    expect(tries).toBe(2);
  });

  it('hands waiting and later searches to the main thread when the worker breaks', async () => {
    const here = onceLoaded(async () => compileSignposts(triggers));
    // A worker that never answers, then fails (a script the host's policy blocked).
    const channel = new MessageChannel();
    channels.push(channel);
    const ask = askThrough(channel.port1 as unknown as Port, here);
    channel.port1.start();
    const waiting = ask('my husband hits me');
    channel.port1.dispatchEvent(new Event('error'));
    expect(await waiting).toEqual(['domestic-abuse']);
    expect(await ask('i want to die')).toEqual(['suicide-self-harm']);
  });
});
