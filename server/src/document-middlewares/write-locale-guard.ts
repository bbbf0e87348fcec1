import { type NewsroomUID, UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { DocumentMiddleware } from './types';

/** Document Service actions that write (or delete) one or more locale versions. */
const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft'];

/**
 * A write names a locale of the app or none: a made-up `locale` (`xx`, `zz-Evil`) would
 * otherwise be stored as a new locale version, published, and indexed as a story of its own.
 * `*` (every locale) is left to the Document Service.
 */
const writeLocaleGuard = (uid: NewsroomUID): DocumentMiddleware => ({
  uid,
  actions: WRITES,
  async handle(strapi, { params }, next) {
    const { locale } = params;
    if (locale === undefined || locale === null || locale === '*') return next();
    const asked = Array.isArray(locale) ? locale : [locale];
    const known = new Set<string>(
      ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map(
        (row) => row.code
      )
    );
    for (const code of asked) {
      if (typeof code !== 'string' || !known.has(code)) {
        throw fieldError('locale', `"${String(code)}" is not a locale of this app`);
      }
    }
    return next();
  },
});

export const articleWriteLocale = writeLocaleGuard(UID.article);
export const linkWriteLocale = writeLocaleGuard(UID.relatedNews);
