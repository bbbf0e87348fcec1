import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';

import type { RelatedItem } from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import { pluginConfig } from '../config';
import { requestLocale } from '../controllers/validation/read-input';
import { relatedQuery } from '../controllers/validation/related';
import { getService } from '../utils/get-service';
import { published, REST } from './rules';

/**
 * GraphQL `newsroomRelatedArticles(documentId, limit, locale)`: what
 * `GET /api/newsroom/articles/:documentId/related` answers, in the same order, from the same
 * service (`related-stories.list`), under the same permission (`plugin::newsroom.article.related`)
 * and the same limits (1 to `maxLimit`, `defaultLimit` when absent; else BAD_USER_INPUT naming
 * `limit`). Each item's `article` is the published NewsroomArticle, so its relation fields
 * (`authors`, `tags`, …) resolve as anywhere else, published-only. A story that is not
 * published (or does not exist) has no related stories: an empty list, as for an unknown id, so
 * the answer does not tell a draft from nothing.
 */
type Args = { documentId: string; limit?: number | null; locale?: string | null };
type Context = { state?: { auth?: unknown } };
type Entity = { documentId: string } & Record<string, unknown>;

const ITEM = 'NewsroomRelatedItem';

/** The published articles of `items`, as entities the NewsroomArticle type resolves from. */
const articlesOf = async (strapi: Core.Strapi, items: RelatedItem[], locale: string) => {
  const ids = items.flatMap((item) => (item.documentId ? [item.documentId] : []));
  if (ids.length === 0) return new Map<string, Entity>();
  const found = (await strapi.documents(UID.article).findMany({
    filters: { documentId: { $in: ids }, ...published(REST) },
    locale,
    status: 'published',
    pagination: { start: 0, limit: ids.length },
  } as never)) as unknown as Entity[];
  return new Map(found.map((article) => [article.documentId, article]));
};

export const relatedArticles =
  (strapi: Core.Strapi) => async (_parent: unknown, args: Args, context: Context) => {
    const { defaultLimit, maxLimit } = pluginConfig(strapi);
    const { limit } = await validateYupSchema(relatedQuery(defaultLimit, maxLimit).noUnknown())({
      limit: args.limit ?? undefined,
    });
    const locale = await requestLocale(strapi, args.locale ?? undefined);
    const list = await getService(strapi, 'related-stories').list(args.documentId, locale, limit);
    if (!list) return [];
    const { items } = list;
    const articles = await articlesOf(strapi, items, locale);
    const model = strapi.getModel(UID.article);
    const auth = context.state?.auth;
    const out = [];
    for (const item of items) {
      const article = item.documentId ? articles.get(item.documentId) : null;
      // unpublished between the list and this read: left out, as REST would on its next read
      if (item.documentId && !article) continue;
      out.push({
        kind: item.kind,
        origin: item.origin,
        score: item.score,
        externalUrl: item.externalUrl ?? null,
        linkTitle: item.linkTitle ?? null,
        afterBlock: item.afterBlock ?? null,
        article: article ? await strapi.contentAPI.sanitize.output(article, model, { auth }) : null,
      });
    }
    return out;
  };

/** Registers the type, the query and its permission, when the app has GraphQL. */
export const registerGraphQLRelated = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(({ nexus }: { nexus: any }) => {
    const { naming } = graphql.service('utils');
    const articleType = naming.getTypeName(strapi.getModel(UID.article as never));
    return {
      types: [
        nexus.objectType({
          name: ITEM,
          description: "One item of a story's related list: an editor's link or an engine fill-in.",
          definition(t: any) {
            t.nonNull.string('kind');
            t.nonNull.string('origin');
            t.float('score');
            t.field('article', { type: articleType });
            t.string('externalUrl');
            t.string('linkTitle');
            t.int('afterBlock', {
              description: "An editor's link: the body block it follows (null: after the body).",
            });
          },
        }),
        nexus.extendType({
          type: 'Query',
          definition(t: any) {
            t.nonNull.list.nonNull.field('newsroomRelatedArticles', {
              type: ITEM,
              args: {
                documentId: nexus.nonNull(nexus.idArg()),
                limit: nexus.intArg(),
                locale: nexus.arg({ type: 'I18NLocaleCode' }),
              },
              resolve: relatedArticles(strapi),
            });
          },
        }),
      ],
      resolversConfig: {
        'Query.newsroomRelatedArticles': { auth: { scope: [`${UID.article}.related`] } },
      },
    };
  });
};
