import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { checkSort } from './rest-query';
import { both, constrainFilters, type GetModel, GRAPHQL, readableCondition } from './rules';

/**
 * GraphQL reads follow the rule REST follows (read-rules.ts), when the app has
 * @strapi/plugin-graphql: the plugin's internal types are left out of the schema, and every
 * query and relation field of the public types is published-only, with its `filters` argument
 * constrained at every relation step and links a reader cannot follow left out.
 */

/** Internal tables: no queries, no mutations, no types. */
const INTERNAL = [UID.indexState, UID.indexChunk, UID.indexStory, UID.indexEvent, UID.dismissal];
const PUBLIC = [UID.article, UID.author, UID.tag, UID.relatedNews];

type Resolve = (parent: unknown, args: Args, context: GraphQLContext, info: Info) => unknown;
type Args = Record<string, unknown>;
type GraphQLContext = { rootQueryArgsByPath?: Map<string | number, Args> };
type Info = { path: { key: string | number; prev?: unknown } };
type Middleware = (
  resolve: Resolve,
  parent: unknown,
  args: Args,
  context: GraphQLContext,
  info: Info
) => unknown;

/** The arguments of a read of `uid`, made published-only. */
const restrictArgs = (getModel: GetModel, uid: string, args: Args): Args => {
  const { publicationFilter: _p, hasPublishedVersion: _h, ...rest } = args;
  checkSort({ getModel }, uid, rest.sort, 'sort');
  const filters = constrainFilters(getModel, uid, rest.filters ?? {}, GRAPHQL);
  const condition = readableCondition(uid, GRAPHQL);
  return {
    ...rest,
    status: 'published',
    filters: condition ? both(filters, condition, GRAPHQL) : filters,
  };
};

/**
 * A root query. Strapi also keeps each root query's arguments for the relation fields below it
 * to inherit (`status`, `publicationFilter`): those are pinned as well.
 */
const rootRead =
  (getModel: GetModel, uid: string): Middleware =>
  (resolve, parent, args, context, info) => {
    const stored = context.rootQueryArgsByPath?.get(info.path.key);
    if (stored) {
      stored.status = 'published';
      delete stored.publicationFilter;
      delete stored.hasPublishedVersion;
    }
    return resolve(parent, restrictArgs(getModel, uid, args), context, info);
  };

/** A relation field (`NewsroomTag.articles`, `NewsroomArticle.relatedNews`, …). */
const relationRead =
  (getModel: GetModel, target: string): Middleware =>
  (resolve, parent, args, context, info) =>
    resolve(parent, restrictArgs(getModel, target, args), context, info);

export const registerGraphQL = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  for (const uid of INTERNAL) extension.shadowCRUD(uid).disable();

  const getModel = ((u: string) => strapi.getModel(u as never)) as unknown as GetModel;
  extension.use(() => {
    const { naming } = graphql.service('utils');
    const resolversConfig: Record<string, { middlewares: Middleware[] }> = {};
    for (const uid of PUBLIC) {
      const model = strapi.getModel(uid as never);
      for (const name of [
        naming.getFindQueryName(model),
        naming.getFindConnectionQueryName(model),
        naming.getFindOneQueryName(model),
      ]) {
        resolversConfig[`Query.${name}`] = { middlewares: [rootRead(getModel, uid)] };
      }
      const typeName = naming.getTypeName(model);
      for (const [field, attribute] of Object.entries(getModel(uid)?.attributes ?? {})) {
        if (attribute.type !== 'relation' || !attribute.target) continue;
        const middleware = { middlewares: [relationRead(getModel, attribute.target)] };
        resolversConfig[`${typeName}.${field}`] = middleware;
        resolversConfig[`${typeName}.${field}_connection`] = middleware;
      }
    }
    return { resolversConfig };
  });
};
