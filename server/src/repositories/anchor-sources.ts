import type { Core } from '@strapi/strapi';

import type { ArticleSummary } from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import { SUMMARY_FIELDS } from './articles';
import type { StorySubquery } from './story-permissions';

export type RunningStory = { documentId: string; name: string };

/** What in-text anchors read: a story's body, the running stories and their newest story. */
export const anchorSources = (strapi: Core.Strapi) => {
  const articles = () => strapi.db.query(UID.article);

  return {
    /**
     * A story's body as editors last saved it (the draft row: a published story has one too),
     * or undefined when the story does not exist in the locale.
     */
    async bodyOf(documentId: string, locale: string): Promise<unknown[] | undefined> {
      const row = await articles().findOne({
        where: { documentId, locale, publishedAt: null },
        select: ['body'],
      });
      if (!row) return undefined;
      return Array.isArray(row.body) ? row.body : [];
    },

    /** Tags marked as running stories. */
    async runningStories(): Promise<RunningStory[]> {
      return strapi.db.query(UID.tag).findMany({
        where: { runningStory: true },
        select: ['documentId', 'name'],
      });
    },

    /**
     * The newest published story (by datePublished) of a tag in a locale, other than `not`, and
     * among `only` (a subquery of documentIds) when given.
     */
    async newestOfTag(
      tagDocumentId: string,
      locale: string,
      { not, only }: { not?: string; only?: StorySubquery | null }
    ): Promise<ArticleSummary | null> {
      return articles().findOne({
        where: {
          locale,
          publishedAt: { $notNull: true },
          datePublished: { $notNull: true },
          tags: { documentId: tagDocumentId },
          ...(not ? { documentId: { $ne: not } } : {}),
          ...(only ? { $and: [{ documentId: { $in: only } }] } : {}),
        },
        orderBy: [{ datePublished: 'desc' }, { id: 'desc' }],
        select: SUMMARY_FIELDS,
      });
    },
  };
};
