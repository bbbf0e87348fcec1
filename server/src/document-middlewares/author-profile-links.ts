import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { DocumentMiddleware } from './types';

const MAX_LINKS = 20;
const HTTP_URL = /^https?:\/\/\S+$/;

/** An author's `links` (JSON) are a list of `{ label?, url }`: the author's public profiles. */
const authorProfileLinks: DocumentMiddleware = {
  uid: UID.author,
  actions: ['create', 'update'],
  async handle(_strapi, { params }, next) {
    const links = params.data?.links;
    if (links === null || links === undefined) return next();
    if (!Array.isArray(links) || links.length > MAX_LINKS) {
      throw fieldError('links', `must be a list of at most ${MAX_LINKS} { label, url } objects`);
    }
    links.forEach((link, index) => {
      const url = (link as { url?: unknown })?.url;
      const label = (link as { label?: unknown })?.label;
      if (typeof url !== 'string' || !HTTP_URL.test(url) || url.length > 2048) {
        throw fieldError(`links`, `item ${index}: url must be an http(s) URL`);
      }
      if (label !== undefined && (typeof label !== 'string' || label.length > 100)) {
        throw fieldError(`links`, `item ${index}: label must be text of at most 100 characters`);
      }
    });
    return next();
  },
};

export default authorProfileLinks;
