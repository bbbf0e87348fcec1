import { UID } from '../../../shared/contracts/uids';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

/** After any article write, the story's entry in the related-story index is brought up to date. */
const articleReindex: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft'],
  async handle(strapi, { params }, next) {
    const result = (await next()) as { documentId?: string } | null;
    const documentId = params.documentId ?? result?.documentId;
    if (documentId) {
      try {
        await getService(strapi, 'index-writes').refresh(documentId);
      } catch (error) {
        strapi.log.error(`[newsroom] could not re-index story ${documentId}: ${error}`);
      }
    }
    return result;
  },
};

export default articleReindex;
