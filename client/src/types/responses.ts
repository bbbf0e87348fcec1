import type { Article, RelatedNewsLink } from './content-types';
import type { Media } from './values';

export type LinkKind = RelatedNewsLink['kind'];
export type LinkOrigin = RelatedNewsLink['origin'];

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** `GET /api/newsroom/<collection>`: one page of documents. */
export interface ListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}

/** `GET /api/newsroom/<collection>/:documentId` and `GET /api/newsroom/articles/slug/:slug`. */
export interface OneResponse<T> {
  data: T;
  meta: Record<string, never>;
}

/** The headline fields of a story, as lists of related stories carry them. */
export interface ArticleSummary {
  documentId: string;
  title: string;
  slug: string | null;
  lead: string | null;
  section: string | null;
  externalId: string | null;
  datePublished: string | null;
  locale: string;
}

/**
 * One item of `GET /api/newsroom/articles/:documentId/related`: an editor's readable link (in
 * editor order, with its `kind`), or an engine fill-in (`kind: 'more-like-this'`,
 * `origin: 'engine'`, with its `score`). A link to an external page has `documentId: null`,
 * its link text as `title` and `linkTitle`, and `externalUrl`.
 */
export type RelatedItem = Omit<ArticleSummary, 'documentId'> & {
  documentId: string | null;
  kind: LinkKind;
  origin: LinkOrigin | 'engine';
  score: number | null;
  externalUrl?: string | null;
  linkTitle?: string | null;
  /** An editor's link: after which block of the story's body it is shown (null: after it). */
  afterBlock?: number | null;
};

/** `GET /api/newsroom/articles/:documentId/related?limit=&locale=`. */
export interface RelatedResponse {
  data: RelatedItem[];
  meta: {
    article: { documentId: string };
    limit: number;
    total: number;
    /**
     * Only on a web instance (`indexer: false`), when the story's ranked list is not stored yet:
     * `data` holds the editor's links only, and the engine's fill-ins follow once an indexer
     * has ranked it.
     */
    pending?: true;
  };
}

/** The story a link of `GET /articles/:documentId/related-news` leads to. */
export type LinkTarget = Pick<
  Article,
  | 'id'
  | 'documentId'
  | 'title'
  | 'slug'
  | 'lead'
  | 'section'
  | 'source'
  | 'externalId'
  | 'datePublished'
  | 'publishedAt'
  | 'locale'
> & { cover: Media | null };

/** One link of `GET /api/newsroom/articles/:documentId/related-news`, its target populated. */
export type StoryLink = Omit<RelatedNewsLink, 'article' | 'target'> & {
  target: LinkTarget | null;
};

/** `GET /api/newsroom/articles/:documentId/related-news?locale=`. */
export interface RelatedNewsResponse {
  data: StoryLink[];
  meta: { article: { documentId: string }; total: number };
}
