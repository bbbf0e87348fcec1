/**
 * What the site reads from the newsroom's Content API (`/api/newsroom`), as documented in the
 * plugin's docs/api.md. Only the fields the pages use; everything the API may leave out (a
 * newer field, a relation that is not populated) is optional.
 */
import type { BlocksContent } from '@strapi/blocks-react-renderer';

export type Locale = 'en' | 'uk';

export type Media = {
  url: string;
  alternativeText?: string | null;
  width?: number | null;
  height?: number | null;
};

export type Author = {
  documentId: string;
  name: string;
  slug: string;
  jobTitle?: string | null;
  bio?: string | null;
  links?: Array<{ label: string; url: string }> | null;
  avatar?: Media | null;
};

export type Tag = {
  documentId: string;
  name: string;
  slug: string;
  description?: string | null;
  runningStory?: boolean | null;
};

/** A story in a list: headline, link and the line under it. */
export type ArticleSummary = {
  documentId: string;
  title: string;
  slug: string | null;
  lead?: string | null;
  section?: string | null;
  datePublished?: string | null;
  locale?: string;
};

/** A dated correction, update or clarification, shown at the end of the story. */
export type Correction = {
  id: number;
  date: string;
  kind: 'correction' | 'update' | 'clarification';
  note?: string | null;
};

export type ContributorRole = 'reporter' | 'editor' | 'photographer' | 'translator' | 'contributor';

/** Someone who worked on the story besides its byline; `author` is null once deleted. */
export type Contributor = {
  id: number;
  role: ContributorRole;
  author?: Pick<Author, 'documentId' | 'name' | 'slug'> | null;
};

export type Article = ArticleSummary & {
  body?: BlocksContent | null;
  cover?: Media | null;
  coverCaption?: string | null;
  coverCredit?: string | null;
  dateline?: string | null;
  source?: string | null;
  canonicalUrl?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  authors?: Author[];
  tags?: Tag[];
  corrections?: Correction[];
  contributors?: Contributor[];
};

export type LinkKind = 'read-also' | 'background' | 'follow-up' | 'more-like-this' | 'see-also';

/** One of GET /articles/:documentId/related-news: an editor's link, in editor order. */
export type RelatedNewsLink = {
  documentId: string;
  kind: LinkKind;
  position?: number | null;
  origin?: string | null;
  externalUrl?: string | null;
  title?: string | null;
  /**
   * The index of the body's top-level block the link follows; `null`: after the body.
   * Absent from newsrooms older than this field: treated as `null`.
   */
  afterBlock?: number | null;
  target?: ArticleSummary | null;
};

/** One of GET /articles/:documentId/related: editor links first, then the engine's fill-ins. */
export type RelatedItem = ArticleSummary & {
  kind: LinkKind;
  origin: string;
  score: number | null;
  externalUrl?: string | null;
  linkTitle?: string | null;
};

export type Page<T> = { data: T[]; meta?: { pagination?: { total: number } } };
