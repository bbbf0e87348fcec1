import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';

import { pluginConfig } from '../../config';
import { requestLocale } from '../validation/read-input';
import { relatedQuery } from '../validation/related';

/**
 * The GraphQL query `newsroomRelatedArticles`: its `limit` and `locale` checked as the REST
 * route's query is (the field named on error), defaults filled in.
 */
export const relatedArgsReader =
  (strapi: Core.Strapi) => async (args: { limit?: number | null; locale?: string | null }) => {
    const { defaultLimit, maxLimit } = pluginConfig(strapi);
    const { limit } = await validateYupSchema(relatedQuery(defaultLimit, maxLimit).noUnknown())({
      limit: args.limit ?? undefined,
    });
    return {
      limit,
      locale: await requestLocale(strapi, args.locale ?? undefined),
    };
  };
