import { UID } from '../../../shared/contracts/uids';
import { normalizeTagName, tagNameKey } from '../utils/tag-name';
import { fieldError } from '../utils/validation';
import type { ActionHandler, ActionHandlers } from './types';
import { uniqueSlug } from './unique-slug';

/**
 * Tags: one tag per name, ignoring case and surrounding or repeated spaces. The comparison key
 * is kept in the private `nameKey` column so the check is one indexed-style lookup in every
 * database (SQLite's LOWER() folds ASCII only, so it cannot be done in SQL).
 */
const write: ActionHandler = async (strapi, { action, params }, next) => {
  const data = (params.data ??= {});
  if (typeof data.name === 'string') {
    const name = normalizeTagName(data.name);
    data.name = name;
    if (name !== '') {
      const nameKey = tagNameKey(name);
      const where: Record<string, unknown> = { nameKey };
      if (params.documentId) where.documentId = { $ne: params.documentId };
      const clash = await strapi.db.query(UID.tag).findOne({ where, select: ['name'] });
      if (clash) throw fieldError('name', `a tag named "${clash.name}" already exists`);
      data.nameKey = nameKey;
      if (
        action === 'create' &&
        (data.slug === undefined || data.slug === null || data.slug === '')
      ) {
        data.slug = await uniqueSlug(strapi, name, { uid: UID.tag }, 'tag');
      }
    }
  }
  return next();
};

export const tagHandlers: ActionHandlers = { create: write, update: write };
