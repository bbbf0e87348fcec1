import { UID } from '../../../shared/contracts/uids';
import { linkRepository } from '../repositories/links';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

/**
 * A link written or deleted changes its story's related list: cached lists are dropped here
 * and in the other Strapi processes (the story it belonged to before an update, too).
 */
const linkTouch: DocumentMiddleware = {
  uid: UID.relatedNews,
  actions: ['create', 'update', 'delete'],
  async handle(strapi, { action, params }, next) {
    const links = linkRepository(strapi);
    const owners = new Set<string>();
    const before = params.documentId ? await links.ownerOf(params.documentId) : null;
    if (before) owners.add(before);
    const result = (await next()) as { documentId?: string } | null;
    if (action !== 'delete' && result?.documentId) {
      const after = await links.ownerOf(result.documentId);
      if (after) owners.add(after);
    }
    for (const owner of owners) await getService(strapi, 'index-writes').touch(owner);
    return result;
  },
};

export default linkTouch;
