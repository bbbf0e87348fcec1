import type { Context } from 'koa';

/**
 * Readers see published content only. Strapi 5's Content API would otherwise answer
 * `?status=draft` to anyone allowed to `find`; the plugin's read routes pin the status.
 */
export const publishedOnly = (ctx: Context) => {
  ctx.query = { ...ctx.query, status: 'published' };
};
