import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/** Reads of tag rows. */
export const tagRepository = (strapi: Core.Strapi) => ({
  /** The name of a tag (other than `exceptDocumentId`) with this comparison key, or null. */
  async nameWithKey(nameKey: string, exceptDocumentId?: string): Promise<string | null> {
    const where: Record<string, unknown> = { nameKey };
    if (exceptDocumentId) where.documentId = { $ne: exceptDocumentId };
    const clash = await strapi.db.query(UID.tag).findOne({ where, select: ['name'] });
    return clash?.name ?? null;
  },
});
