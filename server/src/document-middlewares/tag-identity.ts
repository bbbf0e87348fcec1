import { UID } from '../../../shared/contracts/uids';
import { normalizeTagName, tagNameKey } from '../utils/tag-name';
import { fieldError } from '../utils/validation';
import type { DocumentMiddleware } from './types';

/**
 * Tags: one tag per name, ignoring case and surrounding or repeated spaces. The comparison key
 * is kept in the private `nameKey` column so the check is one lookup in every database
 * (SQLite's LOWER() folds ASCII only, so it cannot be done in SQL).
 */
const tagIdentity: DocumentMiddleware = {
  uid: UID.tag,
  actions: ['create', 'update'],
  async handle(strapi, { params }, next) {
    const data = params.data ?? {};
    if (typeof data.name !== 'string') return next();
    const name = normalizeTagName(data.name);
    data.name = name;
    if (name === '') return next();
    const nameKey = tagNameKey(name);
    const where: Record<string, unknown> = { nameKey };
    if (params.documentId) where.documentId = { $ne: params.documentId };
    const clash = await strapi.db.query(UID.tag).findOne({ where, select: ['name'] });
    if (clash) throw fieldError('name', `a tag named "${clash.name}" already exists`);
    data.nameKey = nameKey;
    return next();
  },
};

export default tagIdentity;
