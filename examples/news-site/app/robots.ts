import type { MetadataRoute } from 'next';

import { siteUrl } from '@/lib/seo';

/**
 * `/robots.txt`: every page may be crawled but the preview route, and the sitemaps (the index
 * of the article sitemaps and the Google News sitemap) are named at the site's own address.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await siteUrl();
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: [`${site}/sitemaps/index.xml`, `${site}/sitemaps/news.xml`],
  };
}
