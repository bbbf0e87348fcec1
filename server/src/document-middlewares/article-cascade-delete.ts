import { UID } from '../../../shared/contracts/uids';
import { linkRepository } from '../repositories/links';
import type { DocumentMiddleware } from './types';

/**
 * Deleting an article deletes the links it owns, in the same transaction. Links from other
 * stories to it stay: editors see them as broken, readers never see them.
 */
const articleCascadeDelete: DocumentMiddleware = {
  uid: UID.article,
  actions: ['delete'],
  async handle(strapi, { params }, next) {
    if (!params.documentId) return next();
    return strapi.db.transaction(async () => {
      const owned = await linkRepository(strapi).ownedBy(params.documentId!, params.locale);
      for (const link of owned) {
        await strapi.documents(UID.relatedNews).delete({
          documentId: link.documentId,
          locale: link.locale,
        });
      }
      return next();
    });
  },
};

export default articleCascadeDelete;
