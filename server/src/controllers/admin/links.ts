import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import {
  createLinkBody,
  dismissBody,
  localeQuery,
  reorderLinksBody,
  searchQuery,
  updateLinkBody,
} from '../validation/links';
import { inputReader } from '../validation/read-input';
import { getService } from '../../utils/get-service';
import { accessOf } from './user-access';

/**
 * Admin: the cross-links panel — a story's links (read, create, change, reorder, delete),
 * dismissed suggestions and the headline search (see shared/contracts/admin.ts), within what
 * the Content Manager lets the user read and update.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => getService(strapi, 'editor-links');
  const readInput = inputReader(strapi);

  return {
    /** GET /links/:documentId?locale= */
    async find(ctx: Context) {
      const { locale } = await readInput(ctx, localeQuery, 'query');
      ctx.body = { data: await links().list(ctx.params.documentId, locale, accessOf(strapi, ctx)) };
    },

    /** POST /links */
    async create(ctx: Context) {
      const body = await readInput(ctx, createLinkBody, 'body');
      ctx.status = 201;
      ctx.body = await links().create(body, accessOf(strapi, ctx));
    },

    /** PUT /links/:documentId */
    async update(ctx: Context) {
      const body = await readInput(ctx, updateLinkBody, 'body');
      ctx.body = { data: await links().update(ctx.params.documentId, body, accessOf(strapi, ctx)) };
    },

    /** PUT /links/:documentId/order */
    async reorder(ctx: Context) {
      const { locale, order } = await readInput(ctx, reorderLinksBody, 'body');
      const access = accessOf(strapi, ctx);
      ctx.body = { data: await links().reorder(ctx.params.documentId, locale, order, access) };
    },

    /** DELETE /links/:documentId?locale= */
    async delete(ctx: Context) {
      const { locale } = await readInput(ctx, localeQuery, 'query');
      ctx.body = {
        data: await links().remove(ctx.params.documentId, locale, accessOf(strapi, ctx)),
      };
    },

    /** POST /dismissals */
    async dismiss(ctx: Context) {
      const body = await readInput(ctx, dismissBody, 'body');
      ctx.status = 201;
      const access = accessOf(strapi, ctx);
      ctx.body = { data: await getService(strapi, 'dismissals').dismiss(body, access) };
    },

    /** GET /search?q=&locale=&limit=&exclude= */
    async search(ctx: Context) {
      const query = await readInput(ctx, searchQuery, 'query');
      const access = accessOf(strapi, ctx);
      ctx.body = { data: await getService(strapi, 'story-search').search(query, access) };
    },
  };
};
