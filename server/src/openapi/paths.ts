import contentApiRoutes from '../routes/content-api';
import { LOCALE, type Operation, path, query } from './parameters';
import { distributionOperation } from './distribution';
import { READABLE, ref } from './schemas';

/**
 * The OpenAPI paths of the Content API, one operation per route of `routes/content-api`
 * (prefixed `/newsroom`, under the spec's `/api` server). A route without an operation here
 * throws at start-up, so a new route cannot go undocumented.
 */
const STATUS = query(
  'status',
  { type: 'string', enum: ['published'] },
  'Accepted for compatibility and ignored: readers always get published content.'
);
const ONE = [
  LOCALE,
  STATUS,
  query('fields', { type: 'array', items: { type: 'string' } }, 'Attributes to answer.'),
  query('populate', { oneOf: [{ type: 'string' }, { type: 'object' }] }, 'Relations to populate.'),
];
const LIST = [
  ...ONE,
  { ...query('filters', { type: 'object' }, "Strapi's filters."), style: 'deepObject' },
  query(
    'sort',
    { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    'e.g. datePublished:desc'
  ),
  query('pagination[page]', { type: 'integer', minimum: 1 }, 'Page number.'),
  query('pagination[pageSize]', { type: 'integer', minimum: 1 }, 'Page size (default 25).'),
  query('pagination[start]', { type: 'integer', minimum: 0 }, 'Offset.'),
  query('pagination[limit]', { type: 'integer', minimum: 1 }, 'Number of documents.'),
  query('pagination[withCount]', { type: 'boolean' }, 'Count the total (default true).'),
];
const ID = path('id', 'The documentId.');

const json = (schema: unknown, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const ERRORS = Object.fromEntries(
  [
    ['400', 'Bad request: the message names the parameter or field'],
    ['401', 'Unauthorized'],
    ['403', 'Forbidden: the caller lacks the action'],
    ['404', 'Not found'],
  ].map(([status, description]) => [status, json(ref('Error'), description)])
);

const operation = (
  tag: string,
  id: string,
  summary: string,
  parameters: unknown[],
  response: string,
  requestBody?: string
): Operation => ({
  tags: [tag],
  operationId: `newsroom/${id}`,
  summary,
  parameters,
  ...(requestBody
    ? { requestBody: { required: true, ...json(ref(requestBody), 'The document') } }
    : {}),
  responses: { '200': json(ref(response), 'OK'), ...ERRORS },
});

const TAGS: Record<string, string> = {
  article: 'Newsroom articles',
  author: 'Newsroom authors',
  tag: 'Newsroom tags',
  'related-news': 'Newsroom related news',
};

const NAMES = Object.fromEntries(READABLE.map(({ key, name }) => [key, name]));

/** The operation of one route (`article.find`, `tag.update`, …; the slug route is a findOne). */
const operationOf = (handler: string, routePath: string): Operation => {
  const published = distributionOperation(handler);
  if (published) return published;
  const [controller, action] = handler.split('.');
  const bySlug = action === 'findOne' && routePath.includes(':slug');
  const tag = TAGS[controller];
  const name = NAMES[controller];
  if (!tag || !name) throw new Error(`openapi: no operation for ${handler}`);
  switch (action) {
    case 'find':
      return operation(
        tag,
        handler,
        `List published ${controller} documents`,
        LIST,
        `${name}ListResponse`
      );
    case 'findOne':
      if (!bySlug) {
        return operation(
          tag,
          handler,
          `One ${controller} document`,
          [ID, ...ONE],
          `${name}Response`
        );
      }
      return operation(
        tag,
        `${handler}.slug`,
        'One published article by its slug',
        [path('slug', 'The slug.'), ...ONE],
        `${name}Response`
      );
    case 'related':
      return operation(
        tag,
        handler,
        'Related stories: editor links first, then engine fill-ins up to limit',
        [
          ID,
          query(
            'limit',
            { type: 'integer', minimum: 1, maximum: 50, default: 5 },
            'How many (1 to maxLimit).'
          ),
          LOCALE,
        ],
        'NewsroomRelatedResponse'
      );
    case 'relatedNews':
      return operation(
        tag,
        handler,
        "The story's readable links in editor order, targets populated",
        [ID, LOCALE, STATUS],
        'NewsroomRelatedNewsResponse'
      );
    case 'create':
      return operation(
        tag,
        handler,
        `Create a ${controller} document`,
        [LOCALE],
        `${name}Response`,
        `${name}Request`
      );
    case 'update':
      return operation(
        tag,
        handler,
        `Update a ${controller} document`,
        [ID, LOCALE],
        `${name}Response`,
        `${name}Request`
      );
    case 'delete':
      return operation(
        tag,
        handler,
        `Delete a ${controller} document`,
        [ID, LOCALE],
        `${name}Response`
      );
    default:
      throw new Error(`openapi: no operation for ${handler}`);
  }
};

/** `/articles/:id/related` → `/newsroom/articles/{id}/related`. */
const openApiPath = (path: string) => `/newsroom${path.replace(/:([A-Za-z]+)/g, '{$1}')}`;

export const contentApiPaths = () => {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of contentApiRoutes().routes) {
    const path = openApiPath(route.path);
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: operationOf(route.handler, route.path),
    };
  }
  return paths;
};
