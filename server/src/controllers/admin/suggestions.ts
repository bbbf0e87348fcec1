import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { SuggestionsResponse } from '../../../../shared/contracts/admin';
import { inputReader } from '../validation/read-input';
import { suggestionsQuery } from '../validation/suggestions';
import { pluginConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { accessOf } from './user-access';

/**
 * Admin: GET /newsroom/suggestions/:documentId?limit=&locale=&earlier=true
 * `earlier=true` keeps only stories published before this one (background links). The story
 * and the stories suggested are those the Content Manager lets the user read (403 otherwise).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);

  return {
    async find(ctx: Context) {
      const { maxLimit } = pluginConfig(strapi);
      const { limit, locale, earlier } = await readInput(ctx, suggestionsQuery(maxLimit), 'query');
      const { documentId } = ctx.params;
      const access = accessOf(strapi, ctx);
      await access.require('read', [documentId], locale);
      const found = await getService(strapi, 'suggestions').forStory(documentId, locale, {
        limit,
        onlyEarlier: earlier,
        only: access.readableFilter(locale),
      });
      if (!found)
        return ctx.notFound(`No article has the documentId "${documentId}" in "${locale}"`);
      const data = await access.showNested(found, 'article', locale);
      const body: SuggestionsResponse = { data, meta: { documentId, locale, limit, earlier } };
      ctx.body = body;
    },
  };
};
