import { UID } from '../../../shared/contracts/uids';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

/**
 * After any article write, the next embargo lift is read again: a story just published under an
 * embargo (or freed of one) must cut the cache ages of the very next answer, not one reused
 * from before the write (services/content-api/embargoes.ts).
 */
const articleEmbargoes: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft'],
  async handle(strapi, _context, next) {
    const result = await next();
    getService(strapi, 'embargoes').forget();
    return result;
  },
};

export default articleEmbargoes;
