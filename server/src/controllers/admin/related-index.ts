import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { noParams } from '../validation/fields';
import { inputReader } from '../validation/read-input';
import { getService } from '../../utils/get-service';

/** Admin: the related-story index — POST /newsroom/index/rebuild, GET /newsroom/index/status. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const related = () => getService(strapi, 'related-index');
  const readInput = inputReader(strapi);

  return {
    /** Starts a full rebuild in the background (202); the current index serves meanwhile. */
    async rebuild(ctx: Context) {
      await readInput(ctx, noParams, 'body');
      ctx.status = 202;
      ctx.body = { data: related().startRebuild() };
    },

    async status(ctx: Context) {
      await readInput(ctx, noParams, 'query');
      ctx.body = { data: related().status() };
    },
  };
};
