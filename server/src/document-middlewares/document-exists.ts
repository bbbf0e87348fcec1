import { errors } from '@strapi/utils';

import { type NewsroomUID, UID } from '../../../shared/contracts/uids';
import { documentRepository } from '../repositories/documents';
import type { DocumentMiddleware } from './types';

/**
 * Updating or deleting a document that does not exist is a 404, not a silent success (a
 * delete answered 204 and an update `{ data: null }`). A delete must find the document in the
 * locale(s) it names; an update may add a locale version to an existing document, as Strapi's
 * i18n allows, so it only needs the document to exist in some locale.
 */
const documentExists = (uid: NewsroomUID, localized: boolean): DocumentMiddleware => ({
  uid,
  actions: ['update', 'delete'],
  async handle(strapi, { action, params }, next) {
    const { documentId } = params;
    if (typeof documentId !== 'string' || documentId === '') return next();
    const documents = documentRepository(strapi, uid);
    let locale = action === 'delete' && localized ? params.locale : '*';
    if (locale === undefined)
      locale = await strapi.plugin('i18n').service('locales').getDefaultLocale();
    if (!(await documents.exists(documentId, locale as string | string[]))) {
      const where = locale === '*' ? '' : ` in locale "${[locale].flat().join('", "')}"`;
      throw new errors.NotFoundError(`No document "${documentId}"${where}`);
    }
    return next();
  },
});

export const articleExists = documentExists(UID.article, true);
export const authorExists = documentExists(UID.author, false);
export const tagExists = documentExists(UID.tag, false);
export const linkExists = documentExists(UID.relatedNews, true);
