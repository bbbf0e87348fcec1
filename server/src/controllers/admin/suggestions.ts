import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { SuggestionsResponse } from '../../../../shared/contracts/admin';
import { inputReader } from '../validation/read-input';
import { suggestionsQuery } from '../validation/suggestions';

/**
 * Admin: GET /newsroom/suggestions/:documentId?limit=&locale=&earlier=true
 * `earlier=true` keeps only stories published before this one (background links).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);

  return {
    async find(ctx: Context) {
      const { maxLimit } = strapi.config.get('plugin::newsroom') as { maxLimit: number };
      const { limit, locale, earlier } = await readInput(ctx, suggestionsQuery(maxLimit), 'query');
      const { documentId } = ctx.params;
      const data = await strapi
        .plugin('newsroom')
        .service('related')
        .suggestions(documentId, locale, limit, { onlyEarlier: earlier });
      if (!data)
        return ctx.notFound(`No article has the documentId "${documentId}" in "${locale}"`);
      const body: SuggestionsResponse = { data, meta: { documentId, locale, limit, earlier } };
      ctx.body = body;
    },
  };
};
