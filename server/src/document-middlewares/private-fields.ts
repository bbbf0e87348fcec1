import { type NewsroomUID, UID } from '../../../shared/contracts/uids';
import {
  ARTICLE_PRIVATE_FIELDS,
  dropPrivateFields,
  LINK_PRIVATE_FIELDS,
  TAG_PRIVATE_FIELDS,
} from './rules/article';
import type { DocumentMiddleware } from './types';

/**
 * The plugin's private columns are computed by the plugin, never taken from a caller: an
 * article's `importHash` (written by the importer through the article repository, after its
 * Document Service write), a tag's `nameKey` (set by `tag-identity`) and a link's
 * `targetDocumentId` (set by `link-rules`). The Content API already refuses them (the schemas
 * mark them `writable: false`); this covers every other writer (admin, other plugins, scripts).
 * It runs before the middlewares that set them from trusted inputs.
 */
const privateFields = (uid: NewsroomUID, fields: string[]): DocumentMiddleware => ({
  uid,
  actions: ['create', 'update'],
  async handle(_strapi, { params }, next) {
    dropPrivateFields(params.data, fields);
    return next();
  },
});

export const articlePrivateFields = privateFields(UID.article, ARTICLE_PRIVATE_FIELDS);
export const tagPrivateFields = privateFields(UID.tag, TAG_PRIVATE_FIELDS);
export const linkPrivateFields = privateFields(UID.relatedNews, LINK_PRIVATE_FIELDS);
