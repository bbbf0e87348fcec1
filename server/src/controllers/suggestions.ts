import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { readLimit, requestLocale } from './query-params';

/** Admin: GET /newsroom/suggestions/:documentId?limit=&locale= */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { maxLimit } = strapi.config.get('plugin::newsroom') as { maxLimit: number };
    const limit = readLimit(ctx.query.limit, 10, maxLimit);
    const locale = await requestLocale(strapi, ctx.query.locale);
    const { documentId } = ctx.params;
    const data = await strapi
      .plugin('newsroom')
      .service('related')
      .suggestions(documentId, locale, limit);
    if (!data) return ctx.notFound(`No article has the documentId "${documentId}" in "${locale}"`);
    ctx.body = { data, meta: { documentId, locale, limit } };
  },
});
