/**
 * What a news site publishes besides pages (Content API, under /api/newsroom): feeds,
 * sitemaps and a story's JSON-LD. Answers are XML or JSON-LD; these are their query strings.
 */

/** GET /feeds/rss.xml, GET /feeds/atom.xml */
export type FeedQuery = {
  /** Items, 1–100; 50 when absent. */
  limit?: number;
  /** Only stories of this tag (its slug). An unknown slug answers 404. */
  tag?: string;
  /** Only stories of this section (its name or slug, any case). */
  section?: string;
  /** Only stories of this author (their slug). An unknown slug answers 404. */
  author?: string;
  /** The app's default locale when absent. */
  locale?: string;
};

/** GET /articles/:documentId/jsonld */
export type JsonLdQuery = {
  locale?: string;
  /** Add `articleBody` (the body as plain text). */
  articleBody?: boolean;
};

/** GET /articles/:documentId/ninjs */
export type NinjsQuery = {
  locale?: string;
};

/** Paths of the routes, for sites and tests. */
export const PUBLISHING_PATHS = {
  rss: '/api/newsroom/feeds/rss.xml',
  atom: '/api/newsroom/feeds/atom.xml',
  newsSitemap: '/api/newsroom/sitemaps/news.xml',
  sitemapIndex: '/api/newsroom/sitemaps/index.xml',
  articleSitemap: (n: number) => `/api/newsroom/sitemaps/articles-${n}.xml`,
  jsonLd: (documentId: string) => `/api/newsroom/articles/${encodeURIComponent(documentId)}/jsonld`,
  ninjs: (documentId: string) => `/api/newsroom/articles/${encodeURIComponent(documentId)}/ninjs`,
} as const;
