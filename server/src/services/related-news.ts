import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/**
 * A link a reader can follow: it points to an external URL or to a published article, and its
 * own article is published. Links to unpublished or deleted stories are kept for editors (who
 * see them as broken and can fix them) but never reach the Content API.
 */
export const READABLE_LINK_FILTER = {
  article: { publishedAt: { $notNull: true } },
  $or: [{ externalUrl: { $notNull: true } }, { target: { publishedAt: { $notNull: true } } }],
};

/** Public fields of a linked article, for the related-news list of a story. */
const TARGET_FIELDS = [
  'title',
  'slug',
  'lead',
  'section',
  'source',
  'externalId',
  'datePublished',
  'publishedAt',
  'locale',
];

export default factories.createCoreService(UID.relatedNews, ({ strapi }) => ({
  /** The readable links of one published article, in editor order, targets populated. */
  async linksOf(documentId: string, locale?: string) {
    const links = await strapi.documents(UID.relatedNews).findMany({
      filters: { article: { documentId } },
      locale,
      status: 'published',
      sort: [{ position: 'asc' }, { id: 'asc' }],
      populate: { target: { fields: TARGET_FIELDS as never, populate: { cover: true } } },
    } as never);
    return (links as Array<{ externalUrl?: string | null; target?: unknown }>).filter(
      (link) => link.externalUrl || link.target
    );
  },

  /** The documentIds among `documentIds` whose links a reader can follow. */
  async readableIds(documentIds: string[]): Promise<Set<string>> {
    if (documentIds.length === 0) return new Set();
    const rows = await strapi.db.query(UID.relatedNews).findMany({
      where: { documentId: { $in: documentIds }, ...READABLE_LINK_FILTER },
      select: ['documentId'],
    });
    return new Set(rows.map((row: { documentId: string }) => row.documentId));
  },
}));
