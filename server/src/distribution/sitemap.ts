import { Readable } from 'node:stream';

import {
  type IndexItem,
  type SitemapItemLoose,
  SitemapIndexStream,
  SitemapStream,
  streamToPromise,
} from 'sitemap';

import { xmlDocument } from './xml';

/**
 * Sitemaps written by the `sitemap` library (escaping, namespaces and the protocol's limits are
 * its business): the Google News sitemap, article sitemaps with hreflang alternates, and the
 * index of article sitemaps. Pure: the entries come in, the XML goes out.
 */

export type NewsEntry = { url: string; title: string; published: Date; language: string };
export type PageEntry = { url: string; lastmod: Date | null; alternates: Alternate[] };
/** Another locale version of a story (`hreflang`: a BCP 47 tag, or `x-default`). */
export type Alternate = { hreflang: string; url: string };

const NAMESPACES = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/**
 * A `<urlset>` without URLs, with the namespaces its full version declares. The library's
 * stream refuses to end without an item (`EmptySitemap`), yet no story in the news window (a
 * quiet weekend) or none published at all is a normal state, not an error.
 */
const emptyUrlset = (extra: 'news' | 'xhtml') =>
  xmlDocument()
    .ele('urlset', { xmlns: NAMESPACES.sitemap, [`xmlns:${extra}`]: NAMESPACES[extra] })
    .end({ prettyPrint: true });

const xml = async (stream: SitemapStream | SitemapIndexStream, items: unknown[]) => {
  const done = streamToPromise(Readable.from(items).pipe(stream));
  return (await done).toString('utf8');
};

/** Stories of the last 48 hours for Google News (`news:publication`, date, title). */
export const newsSitemap = async (entries: NewsEntry[], publication: string) =>
  entries.length === 0
    ? emptyUrlset('news')
    : xml(
        new SitemapStream({ xmlns: { news: true, xhtml: false, image: false, video: false } }),
        entries.map((entry): SitemapItemLoose => ({
          url: entry.url,
          news: {
            publication: { name: publication, language: entry.language },
            publication_date: entry.published.toISOString(),
            title: entry.title,
          },
        }))
      );

/** One article sitemap: each story version's URL, `lastmod` and its other locale versions. */
export const articleSitemap = async (entries: PageEntry[]) =>
  entries.length === 0
    ? emptyUrlset('xhtml')
    : xml(
        new SitemapStream({ xmlns: { news: false, xhtml: true, image: false, video: false } }),
        entries.map((entry): SitemapItemLoose => ({
          url: entry.url,
          ...(entry.lastmod ? { lastmod: entry.lastmod.toISOString() } : {}),
          links: entry.alternates.map((a) => ({
            lang: a.hreflang,
            hreflang: a.hreflang,
            url: a.url,
          })),
        }))
      );

/** The index of article sitemaps, each with the newest `lastmod` of its stories. */
export const sitemapIndex = (entries: Array<{ url: string; lastmod: Date | null }>) =>
  xml(
    new SitemapIndexStream(),
    entries.map((entry): IndexItem => ({
      url: entry.url,
      ...(entry.lastmod ? { lastmod: entry.lastmod.toISOString() } : {}),
    }))
  );
