import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { DocumentMiddleware } from './types';

const empty = (items: unknown) =>
  items === undefined || (Array.isArray(items) && items.length === 0);

/**
 * `relatedNews` is the inverse side of related-news.article: links are written as related-news
 * documents, where every rule is checked. Through the article they could be moved to another
 * story (making self-links) or cut loose, so an article write may not change them.
 */
const articleLinksGuard: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update'],
  async handle(_strapi, { action, params }, next) {
    const value = params.data?.relatedNews;
    if (value === undefined) return next();
    const { connect, disconnect, set } = (value ?? {}) as Record<string, unknown>;
    const untouched =
      (Array.isArray(value) && value.length === 0 && action === 'create') ||
      (value !== null &&
        !Array.isArray(value) &&
        typeof value === 'object' &&
        set === undefined &&
        empty(connect) &&
        empty(disconnect));
    if (!untouched) {
      throw fieldError(
        'relatedNews',
        'links are created and changed as related-news entries, not through the article'
      );
    }
    return next();
  },
};

export default articleLinksGuard;
