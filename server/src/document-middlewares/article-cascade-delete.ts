import { UID } from '../../../shared/contracts/uids';
import { localeWhere } from './locale';
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
      const owned: Array<{ documentId: string; locale: string }> = await strapi.db
        .query(UID.relatedNews)
        .findMany({
          where: { article: { documentId: params.documentId }, ...localeWhere(params.locale) },
          select: ['documentId', 'locale'],
        });
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
