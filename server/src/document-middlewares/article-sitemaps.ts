import { UID } from '../../../shared/contracts/uids';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

/** After any article write, the sitemaps built from the published stories are rebuilt on demand. */
const articleSitemaps: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft'],
  async handle(strapi, _context, next) {
    try {
      return await next();
    } finally {
      getService(strapi, 'sitemaps').bump();
    }
  },
};

export default articleSitemaps;
