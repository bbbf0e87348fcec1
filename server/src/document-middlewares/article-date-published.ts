import { UID } from '../../../shared/contracts/uids';
import { localeWhere } from './locale';
import type { DocumentMiddleware } from './types';

/** `datePublished` is stamped on a story's first publication (an imported date is kept). */
const articleDatePublished: DocumentMiddleware = {
  uid: UID.article,
  actions: ['publish'],
  async handle(strapi, { params }, next) {
    if (params.documentId) {
      // Stamp the draft first: publishing copies the draft into the published version.
      await strapi.db.query(UID.article).updateMany({
        where: {
          documentId: params.documentId,
          publishedAt: null,
          datePublished: null,
          ...localeWhere(params.locale),
        },
        data: { datePublished: new Date() },
      });
    }
    return next();
  },
};

export default articleDatePublished;
