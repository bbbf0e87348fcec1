import type { Core, UID } from '@strapi/strapi';

import type { GetModel, Model } from './rules';

/**
 * The models the read rule walks, by the uid a route, a relation or a component names (a
 * string from the schema, not one of the plugin's own UIDs): one typed look-up for the REST
 * middleware and the GraphQL resolvers.
 */
export const modelReader =
  (strapi: Core.Strapi): GetModel =>
  (uid: string) =>
    strapi.getModel(uid as UID.Schema) as Model | undefined;
