import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { inputReader } from '../validation/read-input';
import { coverageQuery, readDateRange, reportQuery, storyMapQuery } from '../validation/reports';
import { getService } from '../../utils/get-service';
import { accessOf } from './user-access';

/**
 * Admin: the home widgets' reports and the story map (see shared/contracts/admin.ts), over the
 * stories the Content Manager lets the user read.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);

  return {
    /** GET /reports/unlinked?locale=&limit= */
    async unlinked(ctx: Context) {
      const { locale, limit } = await readInput(ctx, reportQuery, 'query');
      ctx.body = await getService(strapi, 'reports').unlinked(locale, limit, accessOf(strapi, ctx));
    },

    /** GET /reports/broken?locale=&limit= */
    async broken(ctx: Context) {
      const { locale, limit } = await readInput(ctx, reportQuery, 'query');
      ctx.body = await getService(strapi, 'reports').broken(locale, limit, accessOf(strapi, ctx));
    },

    /** GET /reports/coverage?locale=&days=&min= */
    async coverage(ctx: Context) {
      const { locale, days, min } = await readInput(ctx, coverageQuery, 'query');
      const access = accessOf(strapi, ctx);
      ctx.body = await getService(strapi, 'reports').coverage(locale, days, min, access);
    },

    /** GET /story-map?locale=&tag=&from=&to=&limit= */
    async storyMap(ctx: Context) {
      const query = await readInput(ctx, storyMapQuery, 'query');
      const access = accessOf(strapi, ctx);
      const selection = { ...query, ...readDateRange(query) };
      ctx.body = await getService(strapi, 'story-map').draw(selection, access);
    },
  };
};
