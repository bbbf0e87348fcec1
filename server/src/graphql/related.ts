import type { Core } from '@strapi/strapi';
import type * as Nexus from 'nexus';

import type { RelatedItem } from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import { getService } from '../utils/get-service';
import { published, REST } from '../published-only/rules';

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

/**
 * Checks the query's `limit` and `locale` as the REST route checks its query (an error naming
 * the field; BAD_USER_INPUT), and fills in the defaults. Given by the caller: the checks
 * belong to the edge that owns the route contracts (controllers/validation), above this rule.
 */
export type RelatedArgsReader = (args: {
  limit?: number | null;
  locale?: string | null;
}) => Promise<{ limit: number; locale: string }>;
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
  })) as Entity[];
  return new Map(found.map((article) => [article.documentId, article]));
};

export const relatedArticles =
  (strapi: Core.Strapi, readArgs: RelatedArgsReader) =>
  async (_parent: unknown, args: Args, context: Context) => {
    const { limit, locale } = await readArgs(args);
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
export const registerGraphQLRelated = (strapi: Core.Strapi, readArgs: RelatedArgsReader) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(({ nexus }: { nexus: typeof Nexus }) => {
    const { naming } = graphql.service('utils');
    const articleType = naming.getTypeName(strapi.getModel(UID.article));
    return {
      types: [
        nexus.objectType({
          name: ITEM,
          description: "One item of a story's related list: an editor's link or an engine fill-in.",
          definition(t) {
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
          definition(t) {
            t.nonNull.list.nonNull.field('newsroomRelatedArticles', {
              type: ITEM,
              args: {
                documentId: nexus.nonNull(nexus.idArg()),
                limit: nexus.intArg(),
                locale: nexus.arg({ type: 'I18NLocaleCode' }),
              },
              resolve: relatedArticles(strapi, readArgs),
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
