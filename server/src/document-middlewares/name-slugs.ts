import { UID } from '../../../shared/contracts/uids';
import { trimName } from './rules/names';
import { isBlank, type DocumentMiddleware } from './types';
import { uniqueSlug } from './unique-slug';

/** Authors and tags get a slug from their name when created without one. */
const nameSlugs = (uid: typeof UID.author | typeof UID.tag): DocumentMiddleware => ({
  uid,
  actions: ['create', 'update'],
  async handle(strapi, { action, params }, next) {
    const data = (params.data ??= {});
    trimName(data);
    if (action === 'create' && isBlank(data.slug) && typeof data.name === 'string' && data.name) {
      const fallback = uid === UID.author ? 'author' : 'tag';
      data.slug = await uniqueSlug(strapi, data.name, { uid }, fallback);
    }
    return next();
  },
});

export const authorSlug = nameSlugs(UID.author);
export const tagSlug = nameSlugs(UID.tag);
