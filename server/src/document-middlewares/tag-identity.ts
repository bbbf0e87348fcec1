import { UID } from '../../../shared/contracts/uids';
import { tagRepository } from '../repositories/tags';
import { fieldError } from '../utils/validation';
import { tagIdentityOf } from './rules/names';
import type { DocumentMiddleware } from './types';

/**
 * Tags: one tag per name, ignoring case, spaces and invisible characters, and no word that
 * mixes scripts (a Cyrillic "а" in "Ukrаine" would make a second "Ukraine" that looks the
 * same). The comparison key is kept in the private `nameKey` column so the check is one lookup
 * in every database (SQLite's LOWER() folds ASCII only, so it cannot be done in SQL); it is
 * always computed here, whatever the caller sent.
 */
const tagIdentity: DocumentMiddleware = {
  uid: UID.tag,
  actions: ['create', 'update'],
  async handle(strapi, { params }, next) {
    const data = params.data ?? {};
    delete data.nameKey;
    if (typeof data.name !== 'string') return next();
    const { name, nameKey } = tagIdentityOf(data.name);
    data.name = name;
    if (nameKey === null) return next();
    const clash = await tagRepository(strapi).nameWithKey(nameKey, params.documentId);
    if (clash !== null) throw fieldError('name', `a tag named "${clash}" already exists`);
    data.nameKey = nameKey;
    return next();
  },
};

export default tagIdentity;
