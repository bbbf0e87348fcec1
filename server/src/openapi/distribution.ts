import { LOCALE, type Operation, path, query } from './parameters';

/**
 * The OpenAPI operations of what a news site publishes besides pages: JSON-LD, feeds and
 * sitemaps (their answers are documents in their own formats, not Strapi's JSON envelope).
 */
const SLUG = (what: string) => ({
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description: what,
});

const document = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
});
const ERRORS = {
  '400': { description: 'Bad request: the message names the parameter' },
  '404': { description: 'Not found' },
  '503': { description: 'The site settings (site.url) are not configured' },
};

const operation = (
  id: string,
  summary: string,
  parameters: unknown[],
  ok: Record<string, unknown>
): Operation => ({
  tags: ['Newsroom publishing'],
  operationId: `newsroom/${id}`,
  summary,
  parameters,
  responses: { '200': ok, ...ERRORS },
});

const FEED = [
  query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 50 }, 'How many stories.'),
  query('tag', SLUG('a tag slug'), 'Only stories with this tag.'),
  query('section', SLUG('a section'), 'Only stories of this section.'),
  query('author', SLUG('an author slug'), 'Only stories by this author.'),
  LOCALE,
];

const OPERATIONS: Record<string, Operation> = {
  'article.jsonld': operation(
    'article.jsonld',
    "A published story's schema.org NewsArticle",
    [
      path('id', 'The documentId.'),
      LOCALE,
      query('articleBody', { type: 'boolean', default: false }, 'Include the body as text.'),
    ],
    {
      description: 'OK',
      content: { 'application/ld+json': { schema: { type: 'object' } } },
    }
  ),
  'article.ninjs': operation(
    'article.ninjs',
    'A published story as an IPTC ninjs 3.1 document (News in JSON), its links as associations',
    [path('id', 'The documentId.'), LOCALE],
    {
      description: 'OK (valid against http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json)',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['uri'],
            externalDocs: { url: 'https://iptc.org/std/ninjs/' },
          },
        },
      },
    }
  ),
  'feed.rss': operation(
    'feed.rss',
    'RSS 2.0 feed, newest first',
    FEED,
    document('application/rss+xml', 'OK')
  ),
  'feed.atom': operation(
    'feed.atom',
    'Atom feed, newest first',
    FEED,
    document('application/atom+xml', 'OK')
  ),
  'sitemap.news': operation(
    'sitemap.news',
    'Google News sitemap: stories of the last 48 hours (at most 1,000)',
    [],
    document('application/xml', 'OK')
  ),
  'sitemap.index': operation(
    'sitemap.index',
    'Sitemap index of the article sitemaps',
    [],
    document('application/xml', 'OK')
  ),
  'sitemap.articles': operation(
    'sitemap.articles',
    'One article sitemap (at most 50,000 URLs, with hreflang alternates)',
    [path('page', 'The page number, from 1.')],
    document('application/xml', 'OK')
  ),
};

/** The operation of a distribution route (feeds, sitemaps, JSON-LD, ninjs), or undefined for another route. */
export const distributionOperation = (handler: string): Operation | undefined =>
  OPERATIONS[handler];
