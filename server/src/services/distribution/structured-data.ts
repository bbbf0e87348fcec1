import type { Core } from '@strapi/strapi';

import { siteContext } from './site';
import { type ArticleJsonLd, toNewsArticle } from '../../distribution/json-ld';
import { type Ninjs, type NinjsArticle, toNinjs } from '../../distribution/ninjs';
import { distributionRepository } from '../../repositories/distribution';
import { getService } from '../../utils/get-service';

/**
 * Structured data for a story page: the schema.org NewsArticle of a published story, as
 * `GET /articles/:documentId/jsonld` answers it and as other code can embed it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The story's NewsArticle in `locale`, or null when it is not published there. Throws
   * SiteNotConfiguredError when `site.url` is not set.
   */
  async jsonLd(
    documentId: string,
    locale: string,
    { articleBody = false } = {}
  ): Promise<ArticleJsonLd | null> {
    const { site, urls } = await siteContext(strapi);
    const article = await distributionRepository(strapi).published(documentId, locale, {
      body: articleBody,
    });
    return article ? toNewsArticle(article, site, urls, { articleBody }) : null;
  },

  /**
   * The story in `locale` as an IPTC ninjs 3.1 document, its readable links as associations
   * ("Read also" first), or null when it is not published there.
   */
  async ninjs(documentId: string, locale: string): Promise<Ninjs | null> {
    const { site, urls } = await siteContext(strapi);
    const article = (await distributionRepository(strapi).published(documentId, locale, {
      body: true,
      externalId: true,
    })) as NinjsArticle | null;
    if (!article) return null;
    const links = await getService(strapi, 'related-news').linksOf(documentId, article.locale);
    return toNinjs(article, links, site, urls);
  },
});
