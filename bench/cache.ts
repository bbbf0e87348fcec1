import { load, PLAYGROUND_PORT, startServer } from './http';

/**
 * Requests per second of a full 200 answer against a 304 (`If-None-Match` with the answer's
 * ETag) on the same route, same server, same run: what HTTP caching saves a revalidating
 * client or CDN. On the UNIAN demo content (the full demo newsroom takes minutes to load). The ETag is a hash of the serialized answer, so a 304 still runs the
 * controller; it saves serializing, sending and parsing the body.
 */
export type CacheRow = { route: string; full: number; notModified: number; bytes: number };

export const cacheBench = async (seconds = 10): Promise<CacheRow[]> => {
  // the UNIAN demo: the full newsroom takes minutes to load on a small machine
  const server = await startServer('unian', 1);
  try {
    const base = `http://127.0.0.1:${PLAYGROUND_PORT}/api/newsroom/articles`;
    const slug = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';
    const { documentId } = (await (await fetch(`${base}/slug/${slug}`)).json()).data;
    const routes = [
      { route: 'GET /api/newsroom/articles/:id/related', url: `${base}/${documentId}/related` },
      { route: 'GET /api/newsroom/articles?populate=*', url: `${base}?populate=*` },
    ];
    await load(routes[0].url, 2); // warm-up: the index is built on first use
    const rows: CacheRow[] = [];
    for (const { route, url } of routes) {
      const first = await fetch(url);
      const etag = first.headers.get('etag');
      const bytes = (await first.text()).length;
      if (!etag) throw new Error(`${route}: no ETag`);
      const full = await load(url, seconds);
      const cached = await load(url, seconds, { 'if-none-match': etag });
      if (full.non2xx > 0) throw new Error(`${route}: ${full.non2xx} answers were not 2xx`);
      // autocannon counts a 304 as 3xx: every answer must have been one
      if (cached['2xx'] > 0 || cached['3xx'] === 0)
        throw new Error(`${route}: ${cached['2xx']} answers were 200, not 304`);
      rows.push({
        route,
        full: full.requests.average,
        notModified: cached.requests.average,
        bytes,
      });
    }
    return rows;
  } finally {
    server.kill();
  }
};
