import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { fieldError } from '../../utils/validation';
import { readDateBound, readQuery, schemas } from '../admin-input';
import { requestLocale } from '../query-params';

/** Admin: the home widgets' reports and the story map (see shared/contracts/admin.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('newsroom').service(name);

  return {
    /** GET /reports/unlinked?locale=&limit= */
    async unlinked(ctx: Context) {
      const query = await readQuery(schemas.report, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = await service('reports').unlinked(locale, query.limit);
    },

    /** GET /reports/broken?locale=&limit= */
    async broken(ctx: Context) {
      const query = await readQuery(schemas.report, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = await service('reports').broken(locale, query.limit);
    },

    /** GET /reports/coverage?locale=&days=&min= */
    async coverage(ctx: Context) {
      const query = await readQuery(schemas.coverage, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      ctx.body = await service('reports').coverage(locale, query.days, query.min);
    },

    /** GET /story-map?locale=&tag=&from=&to=&limit= */
    async storyMap(ctx: Context) {
      const query = await readQuery(schemas.storyMap, ctx.query);
      const locale = await requestLocale(strapi, query.locale);
      const from = readDateBound(query.from, 'from');
      const to = readDateBound(query.to, 'to');
      if (from && to && from > to) throw fieldError('to', 'is before from');
      ctx.body = await service('story-map').draw({ ...query, locale, from, to });
    },
  };
};
