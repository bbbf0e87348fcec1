import { Readable } from 'node:stream';

import {
  type IndexItem,
  type SitemapItemLoose,
  SitemapIndexStream,
  SitemapStream,
  streamToPromise,
} from 'sitemap';

/**
 * Sitemaps written by the `sitemap` library (escaping, namespaces and the protocol's limits are
 * its business): the Google News sitemap, article sitemaps with hreflang alternates, and the
 * index of article sitemaps. Pure: the entries come in, the XML goes out.
 */

export type NewsEntry = { url: string; title: string; published: Date; language: string };
export type PageEntry = { url: string; lastmod: Date | null; alternates: Alternate[] };
/** Another locale version of a story (`hreflang`: a BCP 47 tag, or `x-default`). */
export type Alternate = { hreflang: string; url: string };

const xml = async (stream: SitemapStream | SitemapIndexStream, items: unknown[]) => {
  const done = streamToPromise(Readable.from(items).pipe(stream));
  return (await done).toString('utf8');
};

/** Stories of the last 48 hours for Google News (`news:publication`, date, title). */
export const newsSitemap = (entries: NewsEntry[], publication: string) =>
  xml(
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
export const articleSitemap = (entries: PageEntry[]) =>
  xml(
    new SitemapStream({ xmlns: { news: false, xhtml: true, image: false, video: false } }),
    entries.map((entry): SitemapItemLoose => ({
      url: entry.url,
      ...(entry.lastmod ? { lastmod: entry.lastmod.toISOString() } : {}),
      links: entry.alternates.map((a) => ({ lang: a.hreflang, hreflang: a.hreflang, url: a.url })),
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
