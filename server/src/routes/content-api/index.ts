import { UID } from '../../../../shared/contracts/uids';

/**
 * Content API under /api/newsroom. Read routes are what a public site needs; write routes
 * exist for integrations with an API token or a role granted them. Users & Permissions
 * decides who may call each one (action `plugin::newsroom.<controller>.<action>`).
 */
type Middleware = { name: string; config: { uid?: string; drafts?: boolean } };
type Route = {
  method: string;
  path: string;
  handler: string;
  config: { policies: []; middlewares: Array<string | Middleware> };
};

const UIDS: Record<string, string> = {
  article: UID.article,
  author: UID.author,
  tag: UID.tag,
  'related-news': UID.relatedNews,
};

/** The article reads where an API token may ask for drafts (`status=draft`): previews. */
const DRAFT_READS = ['article.find', 'article.findOne'];

/**
 * Routes whose controllers validate their own parameters (unknown ones answer 400) and read
 * published stories through the plugin's services, never handing the query to Strapi: the
 * published-only rewrite has nothing to guard there, and would add a `status` no client sent.
 */
const OWN_PARAMETERS = [
  'article.related',
  'article.jsonld',
  'article.ninjs',
  'feed.rss',
  'feed.atom',
  'sitemap.news',
  'sitemap.index',
  'sitemap.articles',
];

/**
 * Write routes check the body's depth and size first (middlewares/body-limits.ts). Every route
 * reads through the same rule (published stories and readable links only, at any
 * depth of `populate`, `filters` and `sort`: see published-only/rest-query.ts), except the
 * article writes, whose `status` says whether the write publishes, the routes that take no
 * Strapi query (`OWN_PARAMETERS`), and a token's draft preview on the three article reads
 * (published-only/draft-preview.ts). Every read (GET) is cached by HTTP
 * validators and `Cache-Control` (middlewares/http-cache.ts), outermost, so that it sees the answer.
 */
const route = (method: string, path: string, handler: string): Route => {
  const controller = handler.split('.')[0];
  const isWrite = method === 'POST' || method === 'PUT';
  const isArticleWrite = controller === 'article' && method !== 'GET';
  const rewrites = !isArticleWrite && !OWN_PARAMETERS.includes(handler);
  const rule: Middleware = {
    name: 'plugin::newsroom.published-only',
    config: { uid: UIDS[controller], ...(DRAFT_READS.includes(handler) ? { drafts: true } : {}) },
  };
  const cache: Middleware = { name: 'plugin::newsroom.http-cache', config: {} };
  return {
    method,
    path,
    handler,
    config: {
      policies: [],
      middlewares: [
        ...(method === 'GET' ? [cache] : []),
        ...(isWrite ? ['plugin::newsroom.body-limits'] : []),
        ...(rewrites ? [rule] : []),
      ],
    },
  };
};

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
    route('GET', '/articles/slug/:slug', 'article.findOne'),
    route('GET', '/articles/:id/related-news', 'article.relatedNews'),
    route('GET', '/articles/:id/related', 'article.related'),
    // what a news site publishes besides pages (docs/api.md#feeds-sitemaps-and-structured-data)
    route('GET', '/articles/:id/jsonld', 'article.jsonld'),
    route('GET', '/articles/:id/ninjs', 'article.ninjs'),
    route('GET', '/feeds/rss.xml', 'feed.rss'),
    route('GET', '/feeds/atom.xml', 'feed.atom'),
    route('GET', '/sitemaps/news.xml', 'sitemap.news'),
    route('GET', '/sitemaps/index.xml', 'sitemap.index'),
    route('GET', '/sitemaps/articles-:page.xml', 'sitemap.articles'),
    ...crud('article', 'articles'),
    ...crud('author', 'authors'),
    ...crud('tag', 'tags'),
    ...crud('related-news', 'related-news'),
  ],
});
