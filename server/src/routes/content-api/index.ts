/**
 * Content API under /api/newsroom. Read routes are what a public site needs; write routes
 * exist for integrations with an API token or a role granted them. Users & Permissions
 * decides who may call each one (action `plugin::newsroom.<controller>.<action>`).
 */
type Route = {
  method: string;
  path: string;
  handler: string;
  config: { policies: []; middlewares?: string[] };
};

/** Write routes check the body's depth and size first (see middlewares/body-limits.ts). */
const WRITE_MIDDLEWARES = ['plugin::newsroom.body-limits'];

const route = (method: string, path: string, handler: string): Route => ({
  method,
  path,
  handler,
  config:
    method === 'POST' || method === 'PUT'
      ? { policies: [], middlewares: WRITE_MIDDLEWARES }
      : { policies: [] },
});

const crud = (controller: string, path: string): Route[] => [
  route('GET', `/${path}`, `${controller}.find`),
  route('GET', `/${path}/:id`, `${controller}.findOne`),
  route('POST', `/${path}`, `${controller}.create`),
  route('PUT', `/${path}/:id`, `${controller}.update`),
  route('DELETE', `/${path}/:id`, `${controller}.delete`),
];

export default () => ({
  type: 'content-api',
  routes: [
    route('GET', '/articles/slug/:slug', 'article.findBySlug'),
    route('GET', '/articles/:id/related-news', 'article.relatedNews'),
    route('GET', '/articles/:id/related', 'article.related'),
    ...crud('article', 'articles'),
    ...crud('author', 'authors'),
    ...crud('tag', 'tags'),
    ...crud('related-news', 'related-news'),
  ],
});
