import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { articleHandlers } from './article';
import { authorHandlers } from './author';
import { relatedNewsHandlers } from './related-news';
import { tagHandlers } from './tag';
import type { ActionHandlers, DocumentContext, Next } from './types';

const handlersByUid: Record<string, ActionHandlers> = {
  [UID.article]: articleHandlers,
  [UID.author]: authorHandlers,
  [UID.tag]: tagHandlers,
  [UID.relatedNews]: relatedNewsHandlers,
};

/**
 * One Document Service middleware for the plugin's content types: whatever writes (admin,
 * Content API, importer, other plugins), the same rules hold.
 */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  strapi.documents.use((context, next) => {
    const ctx = context as unknown as DocumentContext;
    const handler = handlersByUid[ctx.uid]?.[ctx.action];
    return handler ? (handler(strapi, ctx, next as Next) as never) : next();
  });
};
