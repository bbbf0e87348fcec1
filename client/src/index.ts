import { strapi, type StrapiClient } from '@strapi/client';

import type {
  Article,
  ArticleQuery,
  Author,
  CollectionQuery,
  ListResponse,
  LocaleQuery,
  NinjsDocument,
  OneResponse,
  RelatedNewsLink,
  RelatedNewsResponse,
  RelatedOptions,
  RelatedResponse,
  Tag,
} from './types';

export type * from './types';

export interface NewsroomClientConfig {
  /** The app's Content API URL, as for `@strapi/client`: e.g. `http://localhost:1337/api`. */
  baseURL: string;
  /** An API token (a read-only one is enough), sent as `Authorization: Bearer …`. */
  auth?: string;
  headers?: Record<string, string>;
}

/** Reads of one collection: `find` answers a page, `findOne` one document by `documentId`. */
export interface CollectionReader<T> {
  find(query?: CollectionQuery): Promise<ListResponse<T>>;
  findOne(documentId: string, query?: CollectionQuery): Promise<OneResponse<T>>;
}

export interface ArticlesReader extends CollectionReader<Article> {
  find(query?: ArticleQuery): Promise<ListResponse<Article>>;
  findOne(documentId: string, query?: ArticleQuery): Promise<OneResponse<Article>>;
  /** `GET /articles/slug/:slug`: the published story with this slug in `locale`. */
  bySlug(slug: string, query?: ArticleQuery): Promise<OneResponse<Article>>;
  /** `GET /articles/:documentId/related`: editor links first, then engine fill-ins. */
  related(documentId: string, options?: RelatedOptions): Promise<RelatedResponse>;
  /** `GET /articles/:documentId/related-news`: the story's readable links in editor order. */
  relatedNews(documentId: string, options?: LocaleQuery): Promise<RelatedNewsResponse>;
  /** `GET /articles/:documentId/ninjs`: the published story as an IPTC ninjs 3.1 document. */
  ninjs(documentId: string, options?: LocaleQuery): Promise<NinjsDocument>;
}

export interface NewsroomClient {
  articles: ArticlesReader;
  authors: CollectionReader<Author>;
  tags: CollectionReader<Tag>;
  relatedNews: CollectionReader<RelatedNewsLink>;
  /** The `@strapi/client` instance underneath, for anything else (writes, files, other APIs). */
  strapi: StrapiClient;
}

const PLUGIN = { name: 'newsroom' };

/** `?limit=…&locale=…` from the defined values only. */
const searchOf = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

/**
 * A typed reader of the newsroom's Content API over `@strapi/client`: every answer is typed
 * with the public types (`Article`, `RelatedItem`, …), and a failed request rejects with the
 * client's `HTTPError` (`HTTPNotFoundError`, `HTTPForbiddenError`, …).
 */
export const createNewsroomClient = (config: NewsroomClientConfig): NewsroomClient => {
  const client = strapi({ baseURL: config.baseURL, auth: config.auth, headers: config.headers });

  const reader = <T>(resource: string, path?: string): CollectionReader<T> => {
    const collection = client.collection(resource, { plugin: PLUGIN, path });
    return {
      find: (query) => collection.find(query) as unknown as Promise<ListResponse<T>>,
      findOne: (documentId, query) =>
        collection.findOne(encodeURIComponent(documentId), query) as unknown as Promise<
          OneResponse<T>
        >,
    };
  };

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await client.fetch(path, { method: 'GET' });
    return (await response.json()) as T;
  };

  const articles = reader<Article>('articles');
  const bySlug = reader<Article>('articles', '/newsroom/articles/slug');
  const storyPath = (documentId: string) => `/newsroom/articles/${encodeURIComponent(documentId)}`;

  return {
    articles: {
      ...articles,
      bySlug: (slug, query) => bySlug.findOne(slug, query),
      related: (documentId, options = {}) =>
        getJson<RelatedResponse>(
          `${storyPath(documentId)}/related${searchOf({ limit: options.limit, locale: options.locale })}`
        ),
      relatedNews: (documentId, options = {}) =>
        getJson<RelatedNewsResponse>(
          `${storyPath(documentId)}/related-news${searchOf({ locale: options.locale })}`
        ),
      ninjs: (documentId, options = {}) =>
        getJson<NinjsDocument>(
          `${storyPath(documentId)}/ninjs${searchOf({ locale: options.locale })}`
        ),
    },
    authors: reader<Author>('authors'),
    tags: reader<Tag>('tags'),
    relatedNews: reader<RelatedNewsLink>('related-news'),
    strapi: client,
  };
};
