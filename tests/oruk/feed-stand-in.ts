import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeFeed, PLACES, toV3, v1Page } from '../fixtures/oruk/feeds/make-feeds.ts';

/**
 * A local stand-in for a council's ORUK API, on 127.0.0.1 only. It serves a v1 feed at /v1/services and a
 * 3.0 feed at /v3/services, paginated with ?page=N, with each service at /services/{id}, and can be told to
 * make some answers slow, failing or malformed, so the importer's politeness and error messages are tested.
 */
export interface StandIn {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Most requests in flight at once. */
  peak: number;
  close(): Promise<void>;
}

export interface Faults {
  /** Path (with query) → how it misbehaves: a number of 503s before it works, 'always-500', 'malformed', 'slow'. */
  [pathAndQuery: string]: number | 'always-500' | 'malformed' | 'slow' | 'missing';
}

export async function startStandIn(
  opts: { services?: number; pageSize?: number; faults?: Faults; slowMs?: number; zeroBased?: boolean } = {},
): Promise<StandIn> {
  const all = makeFeed(4242, opts.services ?? 25, PLACES.in, 'http-');
  const size = opts.pageSize ?? 10;
  const faults: Faults = { ...opts.faults };
  const requests: string[] = [];
  let inFlight = 0;
  let peak = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = `${url.pathname}${url.search}`;
    requests.push(key);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    const send = (status: number, body: string) => {
      inFlight -= 1;
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    const fault = faults[key];
    if (typeof fault === 'number' && fault > 0) {
      faults[key] = fault - 1;
      return setTimeout(() => send(503, '{"error":"busy"}'), 5);
    }
    if (fault === 'always-500') return setTimeout(() => send(500, 'Internal error'), 5);
    if (fault === 'missing') return send(404, '{"error":"not found"}');
    if (fault === 'malformed') return send(200, '{"content": [ {"id": "x", "name": ');
    const m = /^\/(v1|v3)\/services(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (!m) return send(404, '{"error":"not found"}');
    const v3 = m[1] === 'v3';
    let body: unknown;
    if (m[2]) {
      const s = all.find((x) => x.id === decodeURIComponent(m[2]!));
      if (!s) return send(404, '{"error":"not found"}');
      body = v3 ? toV3(s) : s;
    } else {
      const asked = Number(url.searchParams.get('page') ?? '1');
      const page = opts.zeroBased ? asked + 1 : asked;
      const p = v1Page(all, page, size) as { content: Record<string, unknown>[]; totalPages: number; totalElements: number };
      if (opts.zeroBased) Object.assign(p, { number: asked });
      // List items are partial, as in real APIs: the full record is at /services/{id}.
      const items = p.content.map((s) => ({ id: s.id, name: s.name, status: s.status, description: s.description, organization: s.organization }));
      body = v3
        ? {
            total_items: p.totalElements,
            total_pages: p.totalPages,
            page_number: page,
            size: items.length,
            first_page: page === 1,
            last_page: page === p.totalPages,
            empty: all.length === 0,
            contents: items.map((i) => toV3List(i)),
          }
        : { ...p, content: items };
    }
    const text = JSON.stringify(body);
    if (fault === 'slow') return setTimeout(() => send(200, text), opts.slowMs ?? 400);
    setTimeout(() => send(200, text), 2);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get peak() {
      return peak;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Clients keep connections open for reuse: end them, or close waits for their idle timeout.
        server.closeAllConnections();
      }),
  };
}

function toV3List(i: Record<string, unknown>) {
  return { id: i.id, name: i.name, status: i.status, description: i.description, organization: i.organization };
}
