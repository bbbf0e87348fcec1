import { UID } from '../../../shared/contracts/uids';
import { checkBody } from './rules/article';
import type { DocumentMiddleware } from './types';

/**
 * `body` is Strapi rich text (blocks): a list of block objects, or null. Anything else (a
 * string, an object, a number) is refused instead of being silently dropped; the blocks
 * themselves are then checked by Strapi's blocks validator.
 */
const articleBody: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update'],
  async handle(_strapi, { params }, next) {
    checkBody(params.data?.body);
    return next();
  },
};

export default articleBody;
