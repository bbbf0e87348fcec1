import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { inputReader } from '../validation/read-input';
import { coverageQuery, readDateRange, reportQuery, storyMapQuery } from '../validation/reports';
import { getService } from '../../utils/get-service';

/** Admin: the home widgets' reports and the story map (see shared/contracts/admin.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);

  return {
    /** GET /reports/unlinked?locale=&limit= */
    async unlinked(ctx: Context) {
      const { locale, limit } = await readInput(ctx, reportQuery, 'query');
      ctx.body = await getService(strapi, 'reports').unlinked(locale, limit);
    },

    /** GET /reports/broken?locale=&limit= */
    async broken(ctx: Context) {
      const { locale, limit } = await readInput(ctx, reportQuery, 'query');
      ctx.body = await getService(strapi, 'reports').broken(locale, limit);
    },

    /** GET /reports/coverage?locale=&days=&min= */
    async coverage(ctx: Context) {
      const { locale, days, min } = await readInput(ctx, coverageQuery, 'query');
      ctx.body = await getService(strapi, 'reports').coverage(locale, days, min);
    },

    /** GET /story-map?locale=&tag=&from=&to=&limit= */
    async storyMap(ctx: Context) {
      const query = await readInput(ctx, storyMapQuery, 'query');
      ctx.body = await getService(strapi, 'story-map').draw({ ...query, ...readDateRange(query) });
    },
  };
};
