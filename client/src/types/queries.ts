/** What the newsroom's read routes take in the query string. */

/** Every read route takes `locale` (the default locale when absent). */
export interface LocaleQuery {
  locale?: string;
}

/**
 * Strapi's REST parameters on `/authors`, `/tags`, `/related-news` and their `/:documentId`
 * routes. Readers get published content only: there is no `status`.
 */
export interface CollectionQuery extends LocaleQuery {
  populate?: string | string[] | Record<string, unknown>;
  fields?: string[];
  filters?: Record<string, unknown>;
  sort?: string | string[];
  pagination?:
    | { page?: number; pageSize?: number; withCount?: boolean }
    | { start?: number; limit?: number; withCount?: boolean };
}

/** The same on `/articles`, `/articles/:documentId` and `/articles/slug/:slug`. */
export type ArticleQuery = CollectionQuery;

/** `GET /articles/:documentId/related`: `limit` 1 to the plugin's `maxLimit` (50). */
export interface RelatedOptions extends LocaleQuery {
  limit?: number;
}
