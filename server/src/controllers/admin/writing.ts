import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type {
  AnchorsResponse,
  DraftSuggestionsResponse,
} from '../../../../shared/contracts/writing';
import { inputReader } from '../validation/read-input';
import { anchorsQuery, draftSuggestionsBody } from '../validation/writing';
import { pluginConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { accessOf } from './user-access';

/**
 * Admin: linking while writing (see shared/contracts/writing.ts) — the phrases of a story's
 * body that should link to other stories, and suggestions for a text not saved yet; only
 * stories the Content Manager lets the user read, as it lets them read them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);
  const anchors = () => getService(strapi, 'anchors');

  return {
    /** GET /anchors/:documentId?locale=&limit= */
    async anchors(ctx: Context) {
      const { maxLimit } = pluginConfig(strapi);
      const { locale, limit } = await readInput(ctx, anchorsQuery(maxLimit), 'query');
      const { documentId } = ctx.params;
      const access = accessOf(strapi, ctx);
      await access.require('read', [documentId], locale);
      const data = await anchors().forStory(documentId, locale, limit, access);
      if (!data) {
        return ctx.notFound(`No article has the documentId "${documentId}" in "${locale}"`);
      }
      const body: AnchorsResponse = { data, meta: { documentId, locale } };
      ctx.body = body;
    },

    /** POST /suggestions/draft */
    async draft(ctx: Context) {
      const { maxLimit } = pluginConfig(strapi);
      const input = await readInput(ctx, draftSuggestionsBody(maxLimit), 'body');
      const limit = input.limit ?? Math.min(10, maxLimit);
      const access = accessOf(strapi, ctx);
      await access.require('read', [input.documentId], input.locale);
      const data = await anchors().forDraft({ ...input, limit }, access);
      const body: DraftSuggestionsResponse = { data, meta: { locale: input.locale } };
      ctx.body = body;
    },
  };
};
