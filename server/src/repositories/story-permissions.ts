import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/** A permission query of the Content Manager over article rows (Strapi `where` syntax). */
export type PermissionWhere = Record<string, unknown>;

/** Stories checked per query. */
const BATCH = 500;

/**
 * Which stories a Content Manager permission query lets through. A story is judged in a locale
 * by its draft row, the version the Content Manager lists and opens by default (every story has
 * one; its published row is a copy).
 */
export const storyPermissions = (strapi: Core.Strapi) => {
  const articles = () => strapi.db.query(UID.article);
  const drafts = (locale: string, where: PermissionWhere) => ({
    $and: [{ locale, publishedAt: null }, where],
  });

  return {
    /** The stories among `documentIds` that exist in the locale and match `where`. */
    async matching(where: PermissionWhere, documentIds: string[], locale: string) {
      const found = new Set<string>();
      const ids = [...new Set(documentIds)];
      for (let start = 0; start < ids.length; start += BATCH) {
        const rows: Array<{ documentId: string }> = await articles().findMany({
          where: {
            $and: [{ documentId: { $in: ids.slice(start, start + BATCH) } }, drafts(locale, where)],
          },
          select: ['documentId'],
        });
        for (const row of rows) found.add(row.documentId);
      }
      return found;
    },

    /**
     * A subquery selecting the documentIds of the locale's stories that match `where`, for a
     * `whereIn` (knex) or a `$in` (Strapi query): lists filter in the database, page by page.
     */
    subquery(where: PermissionWhere, locale: string) {
      return strapi.db.entityManager
        .createQueryBuilder(UID.article)
        .init({ where: drafts(locale, where), select: ['documentId'] })
        .getKnexQuery();
    },
  };
};

export type StorySubquery = ReturnType<ReturnType<typeof storyPermissions>['subquery']>;
