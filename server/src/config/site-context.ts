import type { Core } from '@strapi/strapi';

import { pluginConfig } from './index';

/**
 * `site.url` is not set: feeds, sitemaps and JSON-LD would have no absolute link to give.
 * Controllers answer 503 (the request's own origin is the API's, not the site's, and taking
 * it from the Host header would let anyone plant their host in cached sitemaps).
 */
export class SiteNotConfiguredError extends Error {
  constructor() {
    super(
      'the newsroom plugin option site.url is not set (config/plugins: newsroom.config.site.url): ' +
        'feeds, sitemaps and JSON-LD need the news site’s absolute URL'
    );
    this.name = 'SiteNotConfiguredError';
  }
}

/** The site options with the app's default locale; SiteNotConfiguredError without `site.url`. */
export const siteSettings = async (strapi: Core.Strapi) => {
  const { site } = pluginConfig(strapi);
  if (!site.url) throw new SiteNotConfiguredError();
  const defaultLocale: string = await strapi.plugin('i18n').service('locales').getDefaultLocale();
  return { site: { ...site, url: site.url, defaultLocale }, pageSize: site.sitemapPageSize };
};
