import type { Context } from 'koa';

import { readStatus } from '../../published-only/draft-preview';

/**
 * Readers see published content only. Strapi 5's Content API would otherwise answer
 * `?status=draft` to anyone allowed to `find`; the plugin's read routes pin the status, to
 * `draft` only for a token's draft preview on the article reads (published-only/draft-preview.ts).
 */
export const publishedOnly = (ctx: Context) => {
  ctx.query = { ...ctx.query, status: readStatus(ctx) };
};
