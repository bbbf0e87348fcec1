import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { articleRepository } from '../repositories/articles';
import { readToOneInput } from '../utils/relation-input';
import { fieldError } from '../utils/validation';
import { writeLocale } from './locale';
import type { DocumentMiddleware } from './types';

type Link = {
  documentId: string;
  externalUrl: string | null;
  title: string | null;
  targetDocumentId: string | null;
  article?: { documentId: string } | null;
  target?: { documentId: string } | null;
};

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
 * never to its own article, and never repeats a (from, to) pair. A new link goes last.
 */
const linkRules: DocumentMiddleware = {
  uid: UID.relatedNews,
  actions: ['create', 'update'],
  async handle(strapi, { action, params }, next) {
    const data = (params.data ??= {});
    const locale = await writeLocale(strapi, params.locale);
    const exists = (documentId: string) => articleRepository(strapi).exists(documentId, locale);

    return strapi.db.transaction(async () => {
      const current: Link | null =
        action === 'update' && params.documentId
          ? await strapi.db.query(UID.relatedNews).findOne({
              where: { documentId: params.documentId, locale },
              populate: { article: { select: ['documentId'] }, target: { select: ['documentId'] } },
            })
          : null;

      const given = await articleDocumentId(strapi, 'article', data.article);
      const articleId = given === undefined ? (current?.article?.documentId ?? null) : given;
      if (!articleId) throw fieldError('article', 'is required: the article the link belongs to');
      if (given && !(await exists(articleId))) {
        throw fieldError('article', `no article "${articleId}" in locale "${locale}"`);
      }

      const targetGiven = 'target' in data || 'externalUrl' in data || !current;
      const givenTarget = await articleDocumentId(strapi, 'target', data.target);
      const targetId =
        givenTarget === undefined ? (current?.target?.documentId ?? null) : givenTarget;
      const externalUrl =
        'externalUrl' in data ? text(data.externalUrl) : (current?.externalUrl ?? null);
      if ('externalUrl' in data) data.externalUrl = externalUrl;
      const title = 'title' in data ? text(data.title) : (current?.title ?? null);

      if (targetGiven) {
        if (Boolean(targetId) === Boolean(externalUrl)) {
          throw fieldError('target', 'give exactly one of target (an article) or externalUrl');
        }
        if (targetId === articleId) throw fieldError('target', 'an article cannot link to itself');
        if (targetId && givenTarget && !(await exists(targetId))) {
          throw fieldError('target', `no article "${targetId}" in locale "${locale}"`);
        }
        if (externalUrl && !title) throw fieldError('title', 'is required for an external link');

        const duplicate = await strapi.db.query(UID.relatedNews).findOne({
          where: {
            locale,
            article: { documentId: articleId },
            ...(targetId ? { targetDocumentId: targetId } : { externalUrl }),
            ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}),
          },
          select: ['documentId'],
        });
        if (duplicate) {
          throw fieldError(
            'target',
            `article "${articleId}" already links to ${targetId ?? externalUrl}`
          );
        }
        data.targetDocumentId = targetId;
      }

      if (action === 'create' && (data.position === undefined || data.position === null)) {
        const last = await strapi.db.query(UID.relatedNews).findOne({
          where: { locale, article: { documentId: articleId } },
          orderBy: { position: 'desc' },
          select: ['position'],
        });
        data.position = last ? (last.position ?? 0) + 1 : 0;
      }
      return next();
    });
  },
};

export default linkRules;
