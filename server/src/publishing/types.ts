/**
 * A published story as the publishing outputs (feeds, sitemaps, JSON-LD) read it: public
 * fields only. Authors' e-mail addresses and the plugin's private fields are never read.
 */
export type PublicAuthor = { name: string; slug: string | null; jobTitle?: string | null };
export type PublicTag = { name: string; slug: string | null; runningStory?: boolean | null };
export type PublicCover = {
  url: string;
  width?: number | null;
  height?: number | null;
  alternativeText?: string | null;
};

export type PublicArticle = {
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  lead: string | null;
  section: string | null;
  dateline?: string | null;
  source?: string | null;
  canonicalUrl?: string | null;
  datePublished: string | Date | null;
  publishedAt: string | Date | null;
  updatedAt: string | Date | null;
  coverCaption?: string | null;
  coverCredit?: string | null;
  cover?: PublicCover | null;
  body?: unknown;
  authors: PublicAuthor[];
  tags: PublicTag[];
};

/** The fields of a story the publishing outputs read (besides authors, tags and cover). */
export const PUBLIC_ARTICLE_FIELDS = [
  'documentId',
  'locale',
  'title',
  'slug',
  'lead',
  'section',
  'dateline',
  'source',
  'canonicalUrl',
  'datePublished',
  'publishedAt',
  'updatedAt',
  'coverCaption',
  'coverCredit',
] as const;

/** A date from any database driver's answer (Date, ISO string, or SQLite's milliseconds). */
export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date =
    value instanceof Date
      ? value
      : new Date(
          typeof value === 'string' && /^\d+$/.test(value)
            ? Number(value)
            : (value as string | number)
        );
  return Number.isNaN(date.getTime()) ? null : date;
};

/** When a story was first published: `datePublished`, else Strapi's `publishedAt`. */
export const publicationDate = (article: Pick<PublicArticle, 'datePublished' | 'publishedAt'>) =>
  toDate(article.datePublished) ?? toDate(article.publishedAt);
