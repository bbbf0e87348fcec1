import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

import { type GetModel } from '../content-api/read-rules';
import { restrictReadQuery } from '../content-api/read-query';

/**
 * Route middleware of every Content API route of the plugin: the request's query is rewritten
 * by restrictReadQuery before the controller validates and sanitizes it, so that no answer can
 * show, count or order by an unpublished story or a link readers may not follow.
 *
 * The rewritten query is set as the request's own `query` property: Strapi's `query` setter
 * would turn it back into a query string and re-parse it with `qs`, whose depth limit could
 * cut the added conditions off a deeply nested filter.
 */
export const publishedOnly =
  (uid: string) =>
  async (ctx: Context, next: Next): Promise<void> => {
    const app = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
    const getModel = ((u: string) => app.getModel(u as never)) as unknown as GetModel;
    const query = restrictReadQuery(getModel, uid, (ctx.query ?? {}) as Record<string, unknown>, {
      forWrite: ctx.method !== 'GET',
    });
    Object.defineProperty(ctx.request, 'query', {
      value: query,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    await next();
  };
