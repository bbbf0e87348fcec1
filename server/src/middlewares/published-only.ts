import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

import { isDraftPreview, markDraftRead } from '../published-only/draft-preview';
import { restrictReadQuery } from '../published-only/rest-query';
import { modelReader } from '../published-only/models';

/**
 * Route middleware `plugin::newsroom.published-only` (config: the route's content type, and
 * `drafts: true` on the article reads that allow a token's draft preview) on every Content API
 * route of the plugin: the request's query is rewritten by restrictReadQuery before the
 * controller validates and sanitizes it, so that no answer can show, count or order by an
 * unpublished story or a link readers may not follow — except the requested drafts of a
 * token's preview (published-only/draft-preview.ts).
 *
 * The rewritten query is set as the request's own `query` property: Strapi's `query` setter
 * would turn it back into a query string and re-parse it with `qs`, whose depth limit could
 * cut the added conditions off a deeply nested filter.
 */
const publishedOnly =
  (
    { uid, drafts = false }: { uid: string; drafts?: boolean },
    { strapi }: { strapi: Core.Strapi }
  ) =>
  async (ctx: Context, next: Next): Promise<void> => {
    const getModel = modelReader(strapi);
    const draftRoot = isDraftPreview(ctx, drafts);
    if (draftRoot) markDraftRead(ctx);
    const query = restrictReadQuery(getModel, uid, (ctx.query ?? {}) as Record<string, unknown>, {
      forWrite: ctx.method !== 'GET',
      draftRoot,
    });
    Object.defineProperty(ctx.request, 'query', {
      value: query,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    await next();
  };

export default publishedOnly;
