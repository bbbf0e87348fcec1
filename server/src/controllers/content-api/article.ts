import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import type { RelatedResponse } from '../../../../shared/contracts/related';
import { UID } from '../../../../shared/contracts/uids';
import { inputReader } from '../validation/read-input';
import { jsonLdQuery, ninjsQuery } from '../validation/distribution';
import { relatedQuery } from '../validation/related';
import { publishedOnly } from './published-only';
import { readStatus } from '../../published-only/draft-preview';
import { published, REST } from '../../published-only/rules';
import { reply } from './distribution-reply';
import { inlineSafeJson } from '../../distribution/json-ld';
import { pluginConfig } from '../../config';
import { getService } from '../../utils/get-service';

type WithLinks = { relatedNews?: Array<{ documentId: string }> | null };

export default factories.createCoreController(UID.article, ({ strapi }) => {
  const links = () => getService(strapi, 'related-news');
  const readInput = inputReader(strapi);

  /** Drops populated `relatedNews` entries that a reader could not follow. */
  const hideDeadLinks = async (articles: WithLinks[]) => {
    const ids = articles.flatMap((a) => (a.relatedNews ?? []).map((link) => link.documentId));
    if (ids.length === 0) return;
    const readable: Set<string> = await links().readableIds(ids);
    for (const article of articles) {
      if (Array.isArray(article.relatedNews)) {
        article.relatedNews = article.relatedNews.filter((link) => readable.has(link.documentId));
      }
    }
  };

  type Controller = {
    validateQuery(ctx: Context): Promise<void>;
    sanitizeQuery(
      ctx: Context
    ): Promise<Record<string, unknown> & { filters?: Record<string, unknown> }>;
    sanitizeOutput(data: unknown, ctx: Context): Promise<unknown>;
    transformResponse(data: unknown): unknown;
  };

  /** One article by its slug (in `locale`): published, or its draft for a token's preview. */
  const bySlug = async (ctx: Context, controller: Controller) => {
    publishedOnly(ctx);
    await controller.validateQuery(ctx);
    const query = await controller.sanitizeQuery(ctx);
    const { slug } = ctx.params;
    const article = await strapi.documents(UID.article).findFirst({
      ...query,
      filters: { $and: [query.filters ?? {}, { slug }] },
      status: readStatus(ctx),
    });
    if (!article) return ctx.notFound(`No ${readStatus(ctx)} article has the slug "${slug}"`);
    await hideDeadLinks([article as WithLinks]);
    const sanitized = await controller.sanitizeOutput(article, ctx);
    return controller.transformResponse(sanitized);
  };

  return {
    async find(ctx: Context) {
      publishedOnly(ctx);
      const response = await super.find(ctx);
      await hideDeadLinks(response.data ?? []);
      return response;
    },

    /**
     * GET /articles/:id, and GET /articles/slug/:slug — one article by its documentId or its
     * slug. Both are the `findOne` action, so a read-only API token can preview either.
     */
    async findOne(ctx: Context) {
      if (ctx.params.slug !== undefined) return bySlug(ctx, this as Controller);
      publishedOnly(ctx);
      const response = await super.findOne(ctx);
      if (response?.data) await hideDeadLinks([response.data]);
      return response;
    },

    /**
     * GET /articles/:id/related?limit= — the editor's links first (editor order, with their
     * kind), then engine fill-ins marked `more-like-this`, up to `limit`.
     */
    async related(ctx: Context) {
      const { defaultLimit, maxLimit } = pluginConfig(strapi);
      const schema = relatedQuery(defaultLimit, maxLimit);
      const { limit, locale } = await readInput(ctx, schema, 'query');
      const list = await getService(strapi, 'related-stories').list(ctx.params.id, locale, limit);
      if (!list) return ctx.notFound(`No published article has the documentId "${ctx.params.id}"`);
      const { items, pending } = list;
      const response: RelatedResponse = {
        data: items,
        meta: {
          article: { documentId: ctx.params.id },
          limit,
          total: items.length,
          ...(pending ? { pending: true as const } : {}),
        },
      };
      return response;
    },

    /**
     * GET /articles/:id/jsonld?locale=&articleBody= — the published story as a schema.org
     * NewsArticle (`application/ld+json`), for the site to embed in the story page: written
     * with `<`, `>` and `&` escaped, so it can be inlined in a `<script>` element as it is.
     */
    async jsonld(ctx: Context) {
      const { locale, articleBody } = await readInput(ctx, jsonLdQuery, 'query');
      const { id } = ctx.params;
      await reply(ctx, 'application/ld+json; charset=utf-8', async () => {
        const data = await getService(strapi, 'structured-data').jsonLd(id, locale, {
          articleBody,
        });
        if (!data) ctx.notFound(`No published article has the documentId "${id}"`);
        return data && inlineSafeJson(data);
      });
    },

    /**
     * GET /articles/:id/ninjs?locale= — the published story as an IPTC ninjs 3.1 document
     * (`application/json`), for agencies and aggregators that take ninjs.
     */
    async ninjs(ctx: Context) {
      const { locale } = await readInput(ctx, ninjsQuery, 'query');
      const { id } = ctx.params;
      await reply(ctx, 'application/json; charset=utf-8', async () => {
        const data = await getService(strapi, 'structured-data').ninjs(id, locale);
        if (!data) ctx.notFound(`No published article has the documentId "${id}"`);
        return data;
      });
    },

    /** GET /articles/:id/related-news — the article's readable links, in editor order. */
    async relatedNews(ctx: Context) {
      publishedOnly(ctx);
      await this.validateQuery(ctx);
      const { locale } = (await this.sanitizeQuery(ctx)) as { locale?: string };
      const { id } = ctx.params;
      const article = await strapi.documents(UID.article).findOne({
        documentId: id,
        locale,
        status: 'published',
        filters: published(REST),
        fields: ['id'],
      });
      if (!article) return ctx.notFound(`No published article has the documentId "${id}"`);
      const found = await links().linksOf(id, locale);
      const sanitized = await strapi.contentAPI.sanitize.output(
        found,
        strapi.getModel(UID.relatedNews),
        { auth: ctx.state.auth }
      );
      return { data: sanitized, meta: { article: { documentId: id }, total: found.length } };
    },
  };
});
