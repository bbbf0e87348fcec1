import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/** Where links sit in their story's body: how many blocks a body has, which links are past it. */
export const linkPlacement = (strapi: Core.Strapi) => ({
  /**
   * The number of top-level blocks of a story's body as editors last saved it (the draft row,
   * which a published story has too), or null when the story is not in the locale.
   */
  async blockCount(documentId: string, locale: string): Promise<number | null> {
    const row = await strapi.db.query(UID.article).findOne({
      where: { documentId, locale, publishedAt: null },
      select: ['body'],
    });
    if (!row) return null;
    return Array.isArray(row.body) ? row.body.length : 0;
  },

  /** Where a stored link sits in its story (see `blockCount`); undefined: no such link. */
  async afterBlockOf(documentId: string, locale: string): Promise<number | null | undefined> {
    const row = await strapi.db.query(UID.relatedNews).findOne({
      where: { documentId, locale },
      select: ['afterBlock'],
    });
    return row?.afterBlock;
  },

  /** The documentIds of a story's links placed after block `count` - 1 or later. */
  async linksFrom(documentId: string, locale: string, count: number): Promise<string[]> {
    const rows: Array<{ documentId: string }> = await strapi.db.query(UID.relatedNews).findMany({
      where: { locale, article: { documentId }, afterBlock: { $gte: count } },
      select: ['documentId'],
    });
    return rows.map((row) => row.documentId);
  },
});
