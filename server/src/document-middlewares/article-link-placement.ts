import { UID } from '../../../shared/contracts/uids';
import { linkPlacement } from '../repositories/link-placement';
import { writeLocale } from './locale';
import type { DocumentMiddleware } from './types';

/**
 * Links stay where a reader can see them: when an article's body gets shorter (an update that
 * changes `body`, or a draft discarded for a shorter published body), its links placed after
 * a block that is gone move to the last block (after the body when it is empty). A link is
 * never deleted for it.
 */
const articleLinkPlacement: DocumentMiddleware = {
  uid: UID.article,
  actions: ['update', 'discardDraft'],
  async handle(strapi, { action, params }, next) {
    const result = await next();
    if (action === 'update' && params.data?.body === undefined) return result;
    const documentId = params.documentId ?? (result as { documentId?: string })?.documentId;
    if (!documentId) return result;
    const locale = await writeLocale(strapi, params.locale);
    const placement = linkPlacement(strapi);
    const blocks = await placement.blockCount(documentId, locale);
    if (blocks === null) return result;
    // a plugin's attributes are not in Strapi's generated type registry: data by field name
    const data: Record<string, unknown> = { afterBlock: blocks > 0 ? blocks - 1 : null };
    for (const link of await placement.linksFrom(documentId, locale, blocks)) {
      await strapi.documents(UID.relatedNews).update({ documentId: link, locale, data });
    }
    return result;
  },
};

export default articleLinkPlacement;
