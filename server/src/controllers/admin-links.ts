import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { CreateLinkBody, UpdateLinkBody } from '../../../shared/contracts/admin';

import { readBody, readQuery, schemas } from './admin-input';
import { requestLocale } from './query-params';
import { getService } from '../utils/get-service';

/**
 * Admin: the cross-links panel — a story's links (read, create, change, reorder, delete),
 * dismissed suggestions and the headline search (see shared/contracts/admin.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => getService(strapi, 'editor-links');

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
      ctx.body = await links().create({ ...body, locale } as CreateLinkBody & { locale: string });
    },

    /** PUT /links/:documentId */
    async update(ctx: Context) {
      const body = await readBody(schemas.updateLink, ctx.request.body);
      const locale = await requestLocale(strapi, body.locale);
      ctx.body = {
        data: await links().update(ctx.params.documentId, {
          ...body,
          locale,
        } as UpdateLinkBody & { locale: string }),
      };
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
      ctx.body = { data: await getService(strapi, 'dismissals').dismiss({ ...body, locale }) };
    },

    /** GET /search?q=&locale=&limit=&exclude= */
    async search(ctx: Context) {
      const query = await readQuery(schemas.search, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = { data: await getService(strapi, 'story-search').search({ ...query, locale }) };
    },
  };
};
