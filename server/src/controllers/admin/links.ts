import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { readBody, readQuery, schemas } from '../admin-input';
import { requestLocale } from '../query-params';

/**
 * Admin: the cross-links panel — a story's links (read, create, change, reorder, delete),
 * dismissed suggestions and the headline search (see shared/contracts/admin.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('newsroom').service(name);
  const links = () => service('editor-links');

  return {
    /** GET /links/:documentId?locale= */
    async find(ctx: Context) {
      const query = await readQuery(schemas.locale, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = { data: await links().list(ctx.params.documentId, locale) };
    },

    /** POST /links */
    async create(ctx: Context) {
      const body = await readBody(schemas.createLink, ctx.request.body);
      const locale = await requestLocale(strapi, body.locale);
      ctx.status = 201;
      ctx.body = await links().create({ ...body, locale });
    },

    /** PUT /links/:documentId */
    async update(ctx: Context) {
      const body = await readBody(schemas.updateLink, ctx.request.body);
      const locale = await requestLocale(strapi, body.locale);
      ctx.body = { data: await links().update(ctx.params.documentId, { ...body, locale }) };
    },

    /** PUT /links/:documentId/order */
    async reorder(ctx: Context) {
      const body = await readBody(schemas.reorder, ctx.request.body);
      const locale = await requestLocale(strapi, body.locale);
      ctx.body = { data: await links().reorder(ctx.params.documentId, locale, body.order) };
    },

    /** DELETE /links/:documentId?locale= */
    async delete(ctx: Context) {
      const query = await readQuery(schemas.locale, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = { data: await links().remove(ctx.params.documentId, locale) };
    },

    /** POST /dismissals */
    async dismiss(ctx: Context) {
      const body = await readBody(schemas.dismiss, ctx.request.body);
      const locale = await requestLocale(strapi, body.locale);
      ctx.status = 201;
      ctx.body = { data: await service('dismissals').dismiss({ ...body, locale }) };
    },

    /** GET /search?q=&locale=&limit=&exclude= */
    async search(ctx: Context) {
      const query = await readQuery(schemas.search, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = { data: await service('story-search').search({ ...query, locale }) };
    },
  };
};
