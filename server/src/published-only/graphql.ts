import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { UPLOAD_FILE } from './attributes';
import { isBelow, modelsWithin, morphRefused, relationFields } from './graphql-fields';
import { both, constrainFilters, type GetModel, GRAPHQL, readableCondition } from './rules';
import { modelReader } from './models';
import { checkSort } from './sort';

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
type Path = { key: string | number; typename?: string; prev?: Path };
type Info = { path: Path };
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

/** A polymorphic relation field: refused (below newsroom types only, when `below` is given). */
const refuseMorph =
  (typeName: string, field: string, below?: Set<string>): Middleware =>
  (resolve, parent, args, context, info) => {
    if (below && !isBelow(info.path, below)) return resolve(parent, args, context, info);
    throw morphRefused(typeName, field);
  };

export const registerGraphQL = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  for (const uid of INTERNAL) extension.shadowCRUD(uid).disable();

  const getModel = modelReader(strapi);
  extension.use(() => {
    const { naming } = graphql.service('utils');
    const typeOf = (uid: string) => naming.getTypeName(getModel(uid));
    const resolversConfig: Record<string, { middlewares: Middleware[] }> = {};
    for (const uid of PUBLIC) {
      const model = strapi.getModel(uid);
      for (const name of [
        naming.getFindQueryName(model),
        naming.getFindConnectionQueryName(model),
        naming.getFindOneQueryName(model),
      ]) {
        resolversConfig[`Query.${name}`] = { middlewares: [rootRead(getModel, uid)] };
      }
    }
    // the public types and their components, at any depth (dynamic zones included)
    const models = modelsWithin(getModel, PUBLIC);
    const newsroomTypes = new Set([...models.map(typeOf), 'NewsroomRelatedItem']);
    for (const uid of models) {
      const typeName = typeOf(uid);
      const { constrained, morphs } = relationFields(getModel, uid);
      for (const { field, target } of constrained) {
        const middleware = { middlewares: [relationRead(getModel, target)] };
        resolversConfig[`${typeName}.${field}`] = middleware;
        resolversConfig[`${typeName}.${field}_connection`] = middleware;
      }
      for (const field of morphs) {
        resolversConfig[`${typeName}.${field}`] = { middlewares: [refuseMorph(typeName, field)] };
      }
    }
    // Upload's own morph: refused under the newsroom's types, left to Upload elsewhere
    if (getModel(UPLOAD_FILE)) {
      const uploadFile = typeOf(UPLOAD_FILE);
      for (const field of relationFields(getModel, UPLOAD_FILE).morphs) {
        resolversConfig[`${uploadFile}.${field}`] = {
          middlewares: [refuseMorph(uploadFile, field, newsroomTypes)],
        };
      }
    }
    return { resolversConfig };
  });
};
