import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { requestLocale } from '../controllers/validation/read-input';
import { getService } from '../utils/get-service';

/**
 * `newsroomArticleNinjs(documentId: ID!, locale: I18NLocaleCode): JSON` — what
 * `GET /articles/:documentId/ninjs` answers (null when the story is not published in that
 * locale), behind the same action, `plugin::newsroom.article.ninjs`.
 */
type Args = { documentId: string; locale?: string | null };
type Nexus = {
  extendType(config: {
    type: string;
    definition(t: { field(name: string, config: Record<string, unknown>): void }): void;
  }): unknown;
  nonNull(type: unknown): unknown;
  idArg(): unknown;
  arg(config: { type: string }): unknown;
};

export const registerGraphQLNinjs = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => ({
    types: [
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.field('newsroomArticleNinjs', {
            type: 'JSON',
            args: {
              documentId: nexus.nonNull(nexus.idArg()),
              locale: nexus.arg({ type: 'I18NLocaleCode' }),
            },
            resolve: async (_parent: unknown, args: Args) => {
              const locale = await requestLocale(strapi, args.locale ?? undefined);
              return getService(strapi, 'structured-data').ninjs(args.documentId, locale);
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.newsroomArticleNinjs': { auth: { scope: [`${UID.article}.ninjs`] } },
    },
  }));
};
