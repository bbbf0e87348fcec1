import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, type ValueNode } from 'graphql';
import {
  type ComplexityEstimator,
  createComplexityRule,
  getComplexity,
} from 'graphql-query-complexity';

/**
 * The cost of one GraphQL operation, by `graphql-query-complexity`: an upper bound of the
 * entries it may read. A field costs 1; a list field with Strapi's `pagination` argument (or
 * a `limit`, as `newsroomRelatedArticles`) costs its page size times what each item selects.
 * The page size is the literal asked for, else the GraphQL plugin's `defaultLimit`, never more
 * than its `maxLimit`; a size given by a variable counts as `maxLimit`, since the rule runs
 * once per document, before the variables of a request are known.
 *
 * `newsroomArticles(pagination: { limit: 100 }) { title tags { name articles { title } } }`
 * costs 1 + 100 × (1 + 1 + 1 + 25 × (1 + 1 + 25 × 1)) = 67,801 with `defaultLimit: 25`.
 */
export type PageLimits = { defaultLimit: number; maxLimit: number };

/** Whether an argument's value is, or holds, a variable. */
const hasVariable = (value: ValueNode | undefined): boolean => {
  if (!value) return false;
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => hasVariable(f.value));
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  return false;
};

const capped = (size: number, { maxLimit }: PageLimits) =>
  size > 0 && size <= maxLimit ? size : maxLimit;

/** How many items a list field may return, or 1 for a field that is not paginated. */
export const pageSize = (
  argNames: string[],
  given: Record<string, unknown>,
  nodeArgs: Array<{ name: { value: string }; value: ValueNode }>,
  limits: PageLimits
): number => {
  const paged = ['pagination', 'limit'].filter((name) => argNames.includes(name));
  if (paged.length === 0) return 1;
  if (nodeArgs.some((a) => paged.includes(a.name.value) && hasVariable(a.value))) {
    return limits.maxLimit;
  }
  if (typeof given.limit === 'number') return capped(given.limit, limits);
  const pagination = (given.pagination ?? {}) as Record<string, unknown>;
  const size = pagination.limit ?? pagination.pageSize;
  return typeof size === 'number' ? capped(size, limits) : limits.defaultLimit;
};

const paginatedEstimator =
  (limits: PageLimits): ComplexityEstimator =>
  ({ field, node, args, childComplexity }) =>
    1 +
    pageSize(
      field.args.map((a) => a.name),
      args,
      [...(node.arguments ?? [])],
      limits
    ) *
      childComplexity;

const costError = (max: number, actual: number) =>
  new GraphQLError(
    `Query cost limit of ${max} exceeded, found ${actual} (newsroom graphqlLimits.maxCost: ` +
      'each list counts its page size times what each item selects)',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } }
  );

/** The cost as a validation rule (for a document checked without its request's variables). */
export const costRule = (maxCost: number, limits: PageLimits) =>
  createComplexityRule({
    maximumComplexity: maxCost,
    estimators: [paginatedEstimator(limits)],
    createError: costError,
  });

type OperationContext = {
  schema: GraphQLSchema;
  document: DocumentNode;
  request: { variables?: Record<string, unknown>; operationName?: string | null };
};

/**
 * The cost check as an Apollo Server plugin, run once the operation is known and with the
 * request's variables: a validation rule runs once per document without them, and would refuse
 * every operation whose required arguments are variables. Over the limit: 400 naming it. A
 * request whose variables do not fit the operation is left to Apollo, which refuses it (400)
 * before anything runs.
 */
export const costPlugin = (maxCost: number, limits: PageLimits) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }: OperationContext) {
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [paginatedEstimator(limits)],
          });
        } catch {
          return; // variables that do not coerce: refused by Apollo before execution
        }
        if (cost > maxCost) throw costError(maxCost, cost);
      },
    };
  },
});
