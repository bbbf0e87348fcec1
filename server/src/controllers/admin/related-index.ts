import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** Admin: the related-story index — POST /newsroom/index/rebuild, GET /newsroom/index/status. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const related = () => strapi.plugin('newsroom').service('related');
  return {
    /** Starts a full rebuild in the background (202); the current index serves meanwhile. */
    async rebuild(ctx: Context) {
      ctx.status = 202;
      ctx.body = { data: related().startRebuild() };
    },

    async status(ctx: Context) {
      ctx.body = { data: related().status() };
    },
  };
};
