import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { DocumentMiddleware } from './types';

const isNode = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { type?: unknown }).type === 'string';

/**
 * `body` is Strapi rich text (blocks): a list of block objects, or null. Anything else (a
 * string, an object, a number) is refused instead of being silently dropped; the blocks
 * themselves are then checked by Strapi's blocks validator.
 */
const articleBody: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update'],
  async handle(_strapi, { params }, next) {
    const body = params.data?.body;
    if (body === undefined || body === null) return next();
    if (!Array.isArray(body)) {
      throw fieldError('body', `must be a list of blocks (rich text), not ${typeof body}`);
    }
    const bad = body.findIndex((block) => !isNode(block));
    if (bad >= 0) throw fieldError('body', `block ${bad} must be an object with a "type"`);
    return next();
  },
};

export default articleBody;
