import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Core } from '@strapi/strapi';

import { pluginConfig } from '../config';
import { DEFAULT_GRAPHQL_LIMITS } from '../config/graphql-limits';
import { costPlugin, type PageLimits } from './cost';

/**
 * Bounds of one GraphQL request, checked before anything runs; over a limit, the request
 * answers 400 with a message naming it:
 *
 * - aliases and directives per operation: GraphQL Armor (`@escape.tech/graphql-armor`),
 *   `Aliases limit of 10 exceeded, found 1000.` (`GRAPHQL_VALIDATION_FAILED`);
 * - the operation's cost (cost.ts, `graphql-query-complexity`, an Apollo plugin run with the
 *   request's variables once the operation is resolved): `Query cost limit of …`;
 * - tokens of the document: graphql-js's own parser option through Apollo's `parseOptions`,
 *   `Document contains more that 2000 tokens` (sic; `GRAPHQL_PARSE_FAILED`).
 *
 * Strapi lets a plugin add Apollo validation rules only through the GraphQL plugin's
 * `apolloServer` config, which its bootstrap concatenates with its own (`depthLimit`): the
 * limits are set there in `register`, before that bootstrap builds the server, so they hold for
 * the whole `/graphql` endpoint, the app's own types included. Plugin config `graphqlLimits`.
 */
type ApolloConfig = {
  validationRules?: unknown[];
  plugins?: unknown[];
  parseOptions?: { maxTokens?: number };
};

export const registerGraphQLLimits = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const limits = { ...DEFAULT_GRAPHQL_LIMITS, ...pluginConfig(strapi).graphqlLimits };
  const pages: PageLimits = {
    defaultLimit: Number(graphql.config('defaultLimit') ?? 10),
    maxLimit: Number(graphql.config('maxLimit') ?? -1),
  };
  if (!(pages.maxLimit > 0)) pages.maxLimit = Number.MAX_SAFE_INTEGER;
  const { validationRules } = new ApolloArmor({
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // cost is cost.ts (pagination-aware), depth Strapi's `depthLimit`, tokens graphql-js's
    costLimit: { enabled: false },
    maxDepth: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const key = 'plugin::graphql.apolloServer';
  const current = (strapi.config.get(key) ?? {}) as ApolloConfig;
  strapi.config.set(key, {
    ...current,
    parseOptions: { maxTokens: limits.maxTokens, ...current.parseOptions },
    validationRules: [...(current.validationRules ?? []), ...validationRules],
    // The cost needs the request's variables: checked once the operation is resolved.
    plugins: [...(current.plugins ?? []), costPlugin(limits.maxCost, pages)],
  });
};
