import { UID } from '../../../shared/contracts/uids';
import { linkLabels } from '../repositories/link-labels';
import type { DocumentMiddleware } from './types';

/**
 * A link's `label` (its Content Manager main field: "Read also → <target headline>") is
 * recomputed after every write of the link, from what was stored.
 */
export const linkLabel: DocumentMiddleware = {
  uid: UID.relatedNews,
  actions: ['create', 'update'],
  async handle(strapi, _context, next) {
    const result = (await next()) as { documentId?: string; locale?: string } | null;
    if (result?.documentId && result.locale) {
      const labels = linkLabels(strapi);
      await labels.refresh({ documentId: result.documentId, locale: result.locale });
      Object.assign(result, { label: await labels.labelOf(result.documentId, result.locale) });
    }
    return result;
  },
};

/**
 * The labels of the links pointing to an article follow its headline: after an update or a
 * discarded draft (which may change the headline), and after a delete (the links are then
 * labelled as broken).
 */
export const articleLinkLabels: DocumentMiddleware = {
  uid: UID.article,
  actions: ['update', 'discardDraft', 'delete'],
  async handle(strapi, { action, params }, next) {
    const result = await next();
    const renamed = action !== 'update' || (params.data !== undefined && 'title' in params.data);
    if (params.documentId && renamed) {
      const locale =
        typeof params.locale === 'string' && params.locale !== '*' ? params.locale : null;
      await linkLabels(strapi).refresh({
        targetDocumentId: params.documentId,
        ...(locale ? { locale } : {}),
      });
    }
    return result;
  },
};
