import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { UID } from '../../../../shared/contracts/uids';
import { readableLinkFilter } from '../../repositories/links';
import { publishedOnly } from './published-only';
import { getService } from '../../utils/get-service';

/** The Content API lists only links a reader can follow (see readableLinkFilter). */
export default factories.createCoreController(UID.relatedNews, ({ strapi }) => ({
  async find(ctx: Context) {
    publishedOnly(ctx);
    await this.validateQuery(ctx);
    const query = await this.sanitizeQuery(ctx);
    const { results, pagination } = await strapi.service(UID.relatedNews).find({
      ...query,
      filters: { $and: [query.filters ?? {}, readableLinkFilter()] },
    });
    const sanitized = await this.sanitizeOutput(results, ctx);
    return this.transformResponse(sanitized, { pagination });
  },

  async findOne(ctx: Context) {
    publishedOnly(ctx);
    const readable = await getService(strapi, 'related-news').readableIds([ctx.params.id]);
    if (!readable.has(ctx.params.id)) {
      return ctx.notFound(`No readable related-news link has the documentId "${ctx.params.id}"`);
    }
    return super.findOne(ctx);
  },
}));
