import type { Core } from '@strapi/strapi';

import { siteSettings } from '../../config/site-context';
import { siteUrls } from '../../distribution/site-urls';

/** The site's settings and its URL builder, for feeds, sitemaps and JSON-LD. */
export const siteContext = async (strapi: Core.Strapi) => {
  const { site, pageSize } = await siteSettings(strapi);
  return { site, urls: siteUrls(site), pageSize };
};
