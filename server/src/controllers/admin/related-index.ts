import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { isIndexer } from '../../config';
import { noParams } from '../validation/fields';
import { inputReader } from '../validation/read-input';
import { getService } from '../../utils/get-service';

/** Admin: the related-story index — POST /newsroom/index/rebuild, GET /newsroom/index/status. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const related = () => getService(strapi, 'related-index');
  const readInput = inputReader(strapi);

  return {
    /**
     * Starts a full rebuild in the background (202); the current index serves meanwhile. A web
     * instance answers 503 (`indexer: false`).
     */
    async rebuild(ctx: Context) {
      await readInput(ctx, noParams, 'body');
      ctx.status = 202;
      ctx.body = { data: related().startRebuild() };
    },

    /** Where the index stands; on a web instance (`indexer: false`), that it holds none. */
    async status(ctx: Context) {
      await readInput(ctx, noParams, 'query');
      ctx.body = {
        data: isIndexer(strapi)
          ? {
              ...related().status(),
              role: 'indexer',
              lists: getService(strapi, 'list-ranker').status(),
            }
          : getService(strapi, 'stored-lists').status(),
      };
    },
  };
};
