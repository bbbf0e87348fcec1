import type { Core } from '@strapi/strapi';

import { siteContext } from './site';
import { newsLanguage, type SiteUrls } from '../../distribution/site-urls';
import {
  articleSitemap,
  newsSitemap,
  type PageEntry,
  sitemapIndex,
} from '../../distribution/sitemap';
import { publicationDate, toDate } from '../../distribution/types';
import { distributionRepository } from '../../repositories/distribution';
import { type SitemapRow, sitemapRowRepository } from '../../repositories/sitemap-rows';
import { getService } from '../../utils/get-service';

/** Google News: stories of the last 48 hours, at most 1,000. */
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
const NEWS_MAX = 1000;
/** The news sitemap is rebuilt at least this often even when nothing is written (its window moves). */
const NEWS_TTL_MS = 60 * 1000;
/** Built sitemaps kept in memory, at most (the index, the news sitemap, article pages). */
const MAX_CACHED = 32;

type Layout = { pages: Array<{ start: number; lastmod: Date | null }> };

/**
 * Sitemaps, built by the `sitemap` library from plain SQL reads and kept in memory until a
 * story is written: the cache is keyed by this service's version (bumped by the
 * `article-sitemaps` document middleware on every article write here), the related index's
 * (bumped, too, when index-sync applies another process's writes) and the next embargo lift
 * (an embargoed story enters the sitemaps when its time comes, with no write).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let writes = 0;
  let cachedVersion = '';
  const cache = new Map<string, Promise<unknown>>();

  const version = () => `${writes}.${getService(strapi, 'related-index').version()}`;

  /** `build()` once per version and key; concurrent requests share one build. */
  const cached = async <T>(key: string, build: () => Promise<T>): Promise<T> => {
    const current = `${version()}.${await getService(strapi, 'embargoes').stamp()}`;
    if (current !== cachedVersion) {
      cache.clear();
      cachedVersion = current;
    }
    let hit = cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = build();
      cache.set(key, hit);
      hit.catch(() => cache.get(key) === hit && cache.delete(key));
      if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
    }
    return hit;
  };

  /** Page bounds (first row id of each page) and each page's newest `lastmod`: one id scan. */
  const layout = (pageSize: number) =>
    cached<Layout>(`layout:${pageSize}`, async () => {
      const pages: Layout['pages'] = [];
      let seen = 0;
      await sitemapRowRepository(strapi).scanPublished((rows) => {
        for (const row of rows) {
          if (seen % pageSize === 0) pages.push({ start: row.id, lastmod: null });
          const page = pages[pages.length - 1];
          const date = toDate(row.updatedAt);
          if (date && (!page.lastmod || date > page.lastmod)) page.lastmod = date;
          seen += 1;
        }
      });
      return { pages };
    });

  /** A page's entries: each row's URL and lastmod, with its story's other published locales. */
  const entriesOf = (
    rows: SitemapRow[],
    from: number,
    to: number | null,
    urls: SiteUrls,
    defaultLocale: string
  ) => {
    const versions = new Map<string, SitemapRow[]>();
    for (const row of rows)
      versions.set(row.documentId, [...(versions.get(row.documentId) ?? []), row]);
    const urlOf = (row: SitemapRow) => urls.article(row.slug ?? row.documentId, row.locale);
    return rows
      .filter((row) => row.id >= from && (to === null || row.id < to))
      .map((row): PageEntry => {
        const all = versions.get(row.documentId) ?? [row];
        const fallback = all.find((v) => v.locale === defaultLocale) ?? all[0];
        return {
          url: urlOf(row),
          lastmod: toDate(row.updatedAt),
          alternates:
            all.length < 2
              ? []
              : [
                  ...all.map((v) => ({ hreflang: urls.language(v.locale), url: urlOf(v) })),
                  { hreflang: 'x-default', url: urlOf(fallback) },
                ],
        };
      });
  };

  return {
    /** Tells the cache that published stories may have changed. */
    bump() {
      writes += 1;
    },

    /** The Google News sitemap: stories first published in the last 48 hours. */
    async news(): Promise<string> {
      const { site, urls } = await siteContext(strapi);
      const bucket = Math.floor(Date.now() / NEWS_TTL_MS);
      return cached(`news:${bucket}`, async () => {
        const since = new Date(Date.now() - NEWS_WINDOW_MS);
        const rows = await distributionRepository(strapi).publishedSince(since, NEWS_MAX);
        return newsSitemap(
          rows.map((row) => ({
            url: urls.article(row.slug ?? row.documentId, row.locale),
            title: row.title,
            published: publicationDate(row)!,
            language: newsLanguage(urls.language(row.locale)),
          })),
          site.publication.name
        );
      });
    },

    /** The index of article sitemaps (at least one, empty when nothing is published). */
    async index(): Promise<string> {
      const { urls, pageSize } = await siteContext(strapi);
      return cached(`index:${pageSize}`, async () => {
        const { pages } = await layout(pageSize);
        const listed = pages.length > 0 ? pages : [{ lastmod: null }];
        return sitemapIndex(
          listed.map((page, i) => ({ url: urls.sitemap(i + 1), lastmod: page.lastmod }))
        );
      });
    },

    /** Article sitemap `n` (from 1), or null when there is no such page. */
    async page(n: number): Promise<string | null> {
      const { site, urls, pageSize } = await siteContext(strapi);
      const { pages } = await layout(pageSize);
      if (n < 1 || n > Math.max(1, pages.length)) return null;
      return cached(`page:${pageSize}:${n}`, async () => {
        if (pages.length === 0) return articleSitemap([]);
        const from = pages[n - 1].start;
        const to = n < pages.length ? pages[n].start : null;
        const rows = await sitemapRowRepository(strapi).pageRows(from, to);
        return articleSitemap(entriesOf(rows, from, to, urls, site.defaultLocale));
      });
    },
  };
};
