import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { articleRepository } from '../repositories/articles';
import { linkPlacement as placement } from '../repositories/link-placement';
import { linkRepository } from '../repositories/links';
import { readToOneInput } from '../utils/relation-input';
import { checkAfterBlock } from './rules/link';
import { writeLocale } from './locale';
import type { DocumentMiddleware } from './types';

/** The documentId of the article a link write belongs to, given or already stored. */
const ownerOf = async (
  strapi: Core.Strapi,
  input: unknown,
  linkDocumentId: string | undefined,
  locale: string
): Promise<string | null> => {
  const ref = readToOneInput(input);
  if (ref) return ref.documentId ?? (await articleRepository(strapi).documentIdOfRow(ref.id!));
  if (ref === null || !linkDocumentId) return null;
  return linkRepository(strapi).ownerOf(linkDocumentId, locale);
};

/**
 * Where a link is shown in its story: `afterBlock` (a top-level block of the body, 0 = the
 * first; null = after the body) must be a block of the owning article's body in the link's
 * locale, as editors last saved it. Checked when it is given, or when the link moves to
 * another article. (article-link-placement keeps it valid when the body shrinks.)
 */
const linkPlacement: DocumentMiddleware = {
  uid: UID.relatedNews,
  actions: ['create', 'update'],
  async handle(strapi, { action, params }, next) {
    const data = params.data ?? {};
    const locale = await writeLocale(strapi, params.locale);
    let afterBlock = data.afterBlock;
    if (afterBlock === undefined && action === 'update' && data.article !== undefined) {
      afterBlock = await placement(strapi).afterBlockOf(params.documentId!, locale);
    }
    if (afterBlock === undefined || afterBlock === null) return next();
    checkAfterBlock(afterBlock, null);
    const article = await ownerOf(strapi, data.article, params.documentId, locale);
    checkAfterBlock(
      afterBlock,
      article ? await placement(strapi).blockCount(article, locale) : null
    );
    return next();
  },
};

export default linkPlacement;
