import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { inputReader } from '../validation/read-input';
import { coverageQuery, readDateRange, reportQuery, storyMapQuery } from '../validation/reports';

/** Admin: the home widgets' reports and the story map (see shared/contracts/admin.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('newsroom').service(name);
  const readInput = inputReader(strapi);

  return {
    /** GET /reports/unlinked?locale=&limit= */
    async unlinked(ctx: Context) {
      const { locale, limit } = await readInput(ctx, reportQuery, 'query');
      ctx.body = await service('reports').unlinked(locale, limit);
    },

    /** GET /reports/broken?locale=&limit= */
    async broken(ctx: Context) {
      const { locale, limit } = await readInput(ctx, reportQuery, 'query');
      ctx.body = await service('reports').broken(locale, limit);
    },

    /** GET /reports/coverage?locale=&days=&min= */
    async coverage(ctx: Context) {
      const { locale, days, min } = await readInput(ctx, coverageQuery, 'query');
      ctx.body = await service('reports').coverage(locale, days, min);
    },

    /** GET /story-map?locale=&tag=&from=&to=&limit= */
    async storyMap(ctx: Context) {
      const query = await readInput(ctx, storyMapQuery, 'query');
      ctx.body = await service('story-map').draw({ ...query, ...readDateRange(query) });
    },
  };
};
