/**
 * What the newsroom publishes besides pages (sitemaps and feeds), served at the site's own
 * addresses: search engines take sitemaps only from the site's host, and the API's sitemap
 * index already names the article sitemaps at `<site>/sitemaps/articles-<n>.xml`. The files
 * are read from the newsroom at request time, so `NEWSROOM_URL` can change without a rebuild
 * (Next's `rewrites` are fixed when the site is built).
 */
import { newsroomUrl } from './newsroom';

/** The files the site passes through, by folder: anything else answers 404 without a request. */
const FILES = {
  sitemaps: /^(index|news|articles-[1-9][0-9]{0,5})\.xml$/,
  feeds: /^(rss|atom)\.xml$/,
} as const;

/** The query parameters each folder passes on (the feeds' filters); others are dropped. */
const PARAMETERS: Record<keyof typeof FILES, string[]> = {
  sitemaps: [],
  feeds: ['tag', 'author', 'section', 'locale', 'limit'],
};

/** Request headers passed on: conditional requests keep the newsroom's 304s. */
const REQUEST_HEADERS = ['if-none-match', 'if-modified-since', 'accept-encoding'];
/** Response headers passed back: type, caching validators and freshness. */
const RESPONSE_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'last-modified',
  'vary',
  'content-encoding',
];

export async function passThrough(
  folder: keyof typeof FILES,
  file: string,
  request: Request
): Promise<Response> {
  if (!FILES[folder].test(file)) return new Response('Not Found', { status: 404 });
  const incoming = new URL(request.url).searchParams;
  const query = new URLSearchParams();
  for (const name of PARAMETERS[folder]) {
    const value = incoming.get(name);
    if (value !== null) query.set(name, value);
  }
  const search = query.toString();
  const headers: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  const url = `${newsroomUrl()}/api/newsroom/${folder}/${file}${search ? `?${search}` : ''}`;
  let upstream: Response;
  try {
    upstream = await fetch(url, { headers, cache: 'no-store' });
  } catch (error) {
    console.warn(`[news-site] ${folder}/${file}: ${(error as Error).message}`);
    return new Response('The newsroom did not answer', { status: 502 });
  }
  const answer = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) answer.set(name, value);
  }
  // fetch has already decoded a compressed body: do not announce an encoding it no longer has.
  answer.delete('content-encoding');
  const body = upstream.status === 304 ? null : await upstream.arrayBuffer();
  return new Response(body, { status: upstream.status, headers: answer });
}
