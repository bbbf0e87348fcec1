import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { articleRepository } from '../repositories/articles';
import { linkRepository } from '../repositories/links';
import { readToOneInput } from '../utils/relation-input';
import { fieldError } from '../utils/validation';
import { checkLinkEnds, POSITION_MAX } from './rules/link';
import { writeLocale } from './locale';
import type { DocumentMiddleware } from './types';

/** The documentId an article relation input points to; `undefined` when it is left alone. */
const articleDocumentId = async (
  strapi: Core.Strapi,
  field: string,
  input: unknown
): Promise<string | null | undefined> => {
  const ref = readToOneInput(input);
  if (ref === undefined) return undefined;
  if (ref === null) return null;
  if (ref.documentId) return ref.documentId;
  const documentId = await articleRepository(strapi).documentIdOfRow(ref.id!);
  if (!documentId) throw fieldError(field, `no article has id ${ref.id}`);
  return documentId;
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Related-news links: every write is checked as a whole before anything is stored: the link
 * belongs to an existing article, points to exactly one of an article or an external URL,
 * never to its own article, and never repeats a (from, to) pair, whatever the write changes
 * (the article alone, the target alone, both). A new link goes last.
 */
const linkRules: DocumentMiddleware = {
  uid: UID.relatedNews,
  actions: ['create', 'update'],
  async handle(strapi, { action, params }, next) {
    const data = (params.data ??= {});
    const locale = await writeLocale(strapi, params.locale);
    const exists = (documentId: string) => articleRepository(strapi).exists(documentId, locale);
    const links = linkRepository(strapi);

    return strapi.db.transaction(async () => {
      const current =
        action === 'update' && params.documentId
          ? await links.stored(params.documentId, locale)
          : null;

      const given = await articleDocumentId(strapi, 'article', data.article);
      const articleId = given === undefined ? (current?.article?.documentId ?? null) : given;
      if (!articleId) throw fieldError('article', 'is required: the article the link belongs to');
      if (given && !(await exists(articleId))) {
        throw fieldError('article', `no article "${articleId}" in locale "${locale}"`);
      }

      // The target as it will be after the write: given, or the link's current one. A link
      // whose target was deleted still remembers it (`targetDocumentId`), so every shape of
      // update (moving the link to another article included) is checked against it.
      const givenTarget = await articleDocumentId(strapi, 'target', data.target);
      const targetId =
        givenTarget === undefined
          ? (current?.target?.documentId ?? current?.targetDocumentId ?? null)
          : givenTarget;
      const externalUrl =
        'externalUrl' in data ? text(data.externalUrl) : (current?.externalUrl ?? null);
      if ('externalUrl' in data) data.externalUrl = externalUrl;
      const title = 'title' in data ? text(data.title) : (current?.title ?? null);

      checkLinkEnds({ articleId, targetId, externalUrl, title });
      if (targetId && givenTarget && !(await exists(targetId))) {
        throw fieldError('target', `no article "${targetId}" in locale "${locale}"`);
      }

      const to = { targetId, externalUrl };
      if (await links.repeats(articleId, locale, to, params.documentId)) {
        const field = given !== undefined && givenTarget === undefined ? 'article' : 'target';
        throw fieldError(
          field,
          `article "${articleId}" already links to ${targetId ?? externalUrl}`
        );
      }
      // Computed from the target, never taken from the caller (see private-fields).
      if (givenTarget !== undefined || !current) data.targetDocumentId = targetId;

      if (action === 'create' && (data.position === undefined || data.position === null)) {
        const last = await links.lastPosition(articleId, locale);
        data.position = last === null ? 0 : last + 1;
        if ((data.position as number) > POSITION_MAX) {
          throw fieldError('position', `an article has at most ${POSITION_MAX + 1} links`);
        }
      }
      return next();
    });
  },
};

export default linkRules;
