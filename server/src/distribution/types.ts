/**
 * A published story as the distribution outputs (feeds, sitemaps, JSON-LD) read it: public
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

export type CorrectionKind = 'correction' | 'update' | 'clarification';
export type ContributorRole = 'reporter' | 'editor' | 'photographer' | 'translator' | 'contributor';
export type PublicCorrection = {
  date: string | Date | null;
  kind: CorrectionKind;
  note?: string | null;
};
/** A contributor whose author is gone (deleted) has `author: null`. */
export type PublicContributor = { role: ContributorRole; author: PublicAuthor | null };

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
  /** Repeatable components (content-types/article, components/newsroom). */
  corrections?: PublicCorrection[] | null;
  contributors?: PublicContributor[] | null;
};

/** The fields of a story the distribution outputs read (besides authors, tags and cover). */
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

/** The newest correction, update or clarification of a story, or null when it has none. */
export const newestCorrection = (article: Pick<PublicArticle, 'corrections'>): Date | null =>
  (article.corrections ?? []).reduce<Date | null>((newest, entry) => {
    const date = toDate(entry.date);
    return date && (!newest || date > newest) ? date : newest;
  }, null);

/**
 * When a story last changed for its readers: the newest of its last edit and its newest
 * correction entry (a correction may be dated after the edit that added it), else its
 * publication. JSON-LD's `dateModified`, the feeds' update time and ninjs `versionCreated`.
 */
export const lastModified = (
  article: Pick<PublicArticle, 'updatedAt' | 'datePublished' | 'publishedAt' | 'corrections'>
): Date | null => {
  const edited = toDate(article.updatedAt);
  const corrected = newestCorrection(article);
  if (edited && corrected) return edited > corrected ? edited : corrected;
  return edited ?? corrected ?? publicationDate(article);
};

/** The contributors of a story with one role whose author still exists. */
export const contributorsAs = (
  article: Pick<PublicArticle, 'contributors'>,
  roles: ContributorRole[]
): PublicAuthor[] =>
  (article.contributors ?? [])
    .filter((entry) => roles.includes(entry.role) && entry.author)
    .map((entry) => entry.author as PublicAuthor);
