import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { readFlag, readLimit, requestLocale } from '../query-params';

/**
 * Admin: GET /newsroom/suggestions/:documentId?limit=&locale=&earlier=true
 * `earlier=true` keeps only stories published before this one (background links).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { maxLimit } = strapi.config.get('plugin::newsroom') as { maxLimit: number };
    const limit = readLimit(ctx.query.limit, 10, maxLimit);
    const locale = await requestLocale(strapi, ctx.query.locale);
    const { documentId } = ctx.params;
    const data = await strapi
      .plugin('newsroom')
      .service('related')
      .suggestions(documentId, locale, limit, {
        onlyEarlier: readFlag(ctx.query.earlier, 'earlier'),
      });
    if (!data) return ctx.notFound(`No article has the documentId "${documentId}" in "${locale}"`);
    ctx.body = {
      data,
      meta: { documentId, locale, limit, earlier: readFlag(ctx.query.earlier, 'earlier') },
    };
  },
});
