import { factories } from '@strapi/strapi';

import { type LinkKind, type LinkOrigin, UID } from '../../../../shared/contracts/uids';
import { published, REST } from '../../published-only/rules';
import { linkRepository } from '../../repositories/links';

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

/** A link as a reader gets it: to an external URL, or to a published story (`target`). */
export type ReadableLink = {
  documentId: string;
  kind: LinkKind;
  origin: LinkOrigin;
  score: number | null;
  title: string | null;
  externalUrl: string | null;
  afterBlock?: number | null;
  target: Record<string, unknown> | null;
};

/**
 * The related-news content type's service, and the links of a story as readers get them: a
 * link to an unpublished or deleted story is kept for editors but never reaches a reader.
 */
export default factories.createCoreService(UID.relatedNews, ({ strapi }) => ({
  /** The readable links of one published article, in editor order, targets populated. */
  async linksOf(documentId: string, locale?: string): Promise<ReadableLink[]> {
    const links = await strapi.documents(UID.relatedNews).findMany({
      filters: { article: { documentId } },
      locale,
      status: 'published',
      sort: [{ position: 'asc' }, { id: 'asc' }],
      populate: {
        target: { fields: TARGET_FIELDS, filters: published(REST), populate: { cover: true } },
      },
    });
    return (links as unknown as ReadableLink[]).filter((link) => link.externalUrl || link.target);
  },

  /** The documentIds among `documentIds` whose links a reader can follow. */
  readableIds: (documentIds: string[]): Promise<Set<string>> =>
    linkRepository(strapi).readableIds(documentIds),
}));
