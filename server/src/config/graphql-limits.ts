/**
 * Plugin config `graphqlLimits`: the bounds of one GraphQL request (graphql/limits.ts), for the
 * whole `/graphql` endpoint when the app has `@strapi/plugin-graphql`.
 */
export type GraphQLLimits = {
  /** Aliased fields in one operation (`__typename` not counted). */
  maxAliases: number;
  /** Cost of one operation (graphql/cost.ts): about the entries it may read, page sizes multiplied. */
  maxCost: number;
  /** Tokens of the query document (names, punctuation, values). */
  maxTokens: number;
  /** Directives (`@include`, `@skip`, …) in one operation. */
  maxDirectives: number;
};

export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = {
  maxAliases: 10,
  maxCost: 20_000,
  maxTokens: 2000,
  maxDirectives: 20,
};
