import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../../utils/get-service';
import { noParams } from '../validation/fields';
import { inputReader } from '../validation/read-input';
import { reply } from './distribution-reply';

const XML = 'application/xml; charset=utf-8';

/**
 * GET /sitemaps/news.xml, /sitemaps/index.xml, /sitemaps/articles-<n>.xml (Users & Permissions
 * actions `plugin::newsroom.sitemap.news`, `.index`, `.articles`). No parameters.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);
  const sitemaps = () => getService(strapi, 'sitemaps');
  return {
    async news(ctx: Context) {
      await readInput(ctx, noParams, 'query');
      await reply(ctx, XML, () => sitemaps().news());
    },

    async index(ctx: Context) {
      await readInput(ctx, noParams, 'query');
      await reply(ctx, XML, () => sitemaps().index());
    },

    async articles(ctx: Context) {
      await readInput(ctx, noParams, 'query');
      const page = /^[1-9]\d{0,5}$/.test(ctx.params.page ?? '') ? Number(ctx.params.page) : 0;
      await reply(ctx, XML, async () => {
        const xml = page > 0 ? await sitemaps().page(page) : null;
        if (xml === null) ctx.notFound(`No article sitemap "articles-${ctx.params.page}.xml"`);
        return xml;
      });
    },
  };
};
