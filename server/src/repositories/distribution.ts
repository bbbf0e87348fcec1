import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { published as readable, REST } from '../published-only/rules';
import { PUBLIC_ARTICLE_FIELDS, type PublicArticle } from '../distribution/types';

/** Public fields of what a published story shows: bylines, tags, cover. Never an e-mail. */
const PUBLIC_RELATIONS = {
  authors: { select: ['name', 'slug', 'jobTitle'] },
  tags: { select: ['name', 'slug', 'runningStory'] },
  cover: { select: ['url', 'width', 'height', 'alternativeText'] },
  corrections: { select: ['date', 'kind', 'note'] },
  contributors: {
    select: ['role'],
    populate: { author: { select: ['name', 'slug', 'jobTitle'] } },
  },
};

/** Published and out of embargo now (published-only/rules.ts), taken at each read. */
const published = () => readable(REST);

export type FeedFilter = {
  locale: string;
  limit: number;
  tag?: string;
  section?: string;
  author?: string;
};

/**
 * Reads of published stories for the distribution outputs (JSON-LD, feeds, the news sitemap):
 * the published row of each story only, public fields only.
 */
export const distributionRepository = (strapi: Core.Strapi) => {
  const articles = () => strapi.db.query(UID.article);

  return {
    /** A published story in a locale, or null (a draft, or no such story). */
    async published(documentId: string, locale: string, { body = false, externalId = false } = {}) {
      return (await articles().findOne({
        where: { documentId, locale, ...published() },
        select: [
          ...PUBLIC_ARTICLE_FIELDS,
          ...(body ? ['body'] : []),
          ...(externalId ? ['externalId'] : []),
        ],
        populate: PUBLIC_RELATIONS,
      })) as PublicArticle | null;
    },

    /**
     * The newest published stories of a locale by `datePublished` (a story always has one once
     * published), optionally of one tag, author (slugs) or section (name or slug, any case).
     */
    async latest({ locale, limit, tag, section, author }: FeedFilter) {
      const where: Record<string, unknown>[] = [
        { locale, datePublished: { $notNull: true }, ...published() },
      ];
      if (tag) where.push({ tags: { slug: { $eq: tag } } });
      if (author) where.push({ authors: { slug: { $eq: author } } });
      if (section) {
        where.push({
          $or: [{ section: { $eqi: section } }, { section: { $eqi: section.replace(/-/g, ' ') } }],
        });
      }
      return (await articles().findMany({
        where: { $and: where },
        select: [...PUBLIC_ARTICLE_FIELDS],
        populate: PUBLIC_RELATIONS,
        orderBy: [{ datePublished: 'desc' }, { id: 'desc' }],
        limit,
      })) as PublicArticle[];
    },

    /** Published stories (every locale) first published since `since`, newest first. */
    async publishedSince(since: Date, limit: number) {
      return (await articles().findMany({
        where: { datePublished: { $gte: since }, ...published() },
        select: ['documentId', 'locale', 'title', 'slug', 'datePublished', 'publishedAt'],
        orderBy: [{ datePublished: 'desc' }, { id: 'desc' }],
        limit,
      })) as Array<
        Pick<
          PublicArticle,
          'documentId' | 'locale' | 'title' | 'slug' | 'datePublished' | 'publishedAt'
        >
      >;
    },

    /** A tag's or an author's name by slug, or null when there is none. */
    async nameBySlug(kind: 'tag' | 'author', slug: string): Promise<string | null> {
      const row = await strapi.db
        .query(kind === 'tag' ? UID.tag : UID.author)
        .findOne({ where: { slug }, select: ['name'] });
      return row?.name ?? null;
    },
  };
};
